/** Spanish of the messages of the mpo-outcomes module. */
export const mpoOutcomes: Record<string, string> = {
  "choose one of your regions: the state's figures are for state roles":
    'elija una de sus regiones: las cifras del estado son para los roles estatales',
};
