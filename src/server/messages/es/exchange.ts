/** Spanish of the messages of the exchange module (MSIX). */
export const exchange: Record<string, string> = {
  'has no working day in a whole year': 'no tiene ningún día hábil en todo un año',
};
