/** What the benchmarks share: their numeric options, their timer and the median of their runs. */

/** The number given as `--name N` on the command line, or `fallback`. */
export function numberArgument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** What `work` returns and the seconds it took. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** DATABASE_URL, the PostgreSQL server a benchmark makes its own database on; it stops without one. */
export function serverUrlOrExit(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'DATABASE_URL must name the PostgreSQL server (any database on it): the bench creates its own.',
    );
    process.exit(2);
  }
  return url;
}
