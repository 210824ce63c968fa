/** Spanish of the messages of the mpo-targets module. */
export const mpoTargets: Record<string, string> = {
  'No such region.': 'No existe esa región.',
  'no Service Delivery Plan is adopted yet':
    'todavía no se ha adoptado ningún Plan de Prestación de Servicios',
  'is not an MPO of the plan in force ({value})': 'no es un MPO del plan vigente ({value})',
};
