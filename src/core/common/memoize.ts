/**
 * A string function remembered for the last few thousand arguments. For the engine's hot
 * paths where the same texts (district names, countries) recur across many interviews.
 */
export function memoizeText(compute: (text: string) => string, maxEntries = 4096): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= maxEntries) cache.clear();
      result = compute(text);
      cache.set(text, result);
    }
    return result;
  };
}
