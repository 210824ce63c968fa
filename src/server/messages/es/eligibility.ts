/** Spanish of the messages of the eligibility module. */
export const eligibility: Record<string, string> = {
  'Only a state administrator changes the eligibility settings.':
    'Solo un administrador estatal cambia la configuración de elegibilidad.',
  'Your role cannot read the eligibility settings.': 'Su rol no puede leer la configuración de elegibilidad.',
};
