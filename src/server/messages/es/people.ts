/** Spanish of the messages of the people module. */
export const people: Record<string, string> = {
  'Your role does not allow this.': 'Su rol no permite esto.',
};
