/** Spanish of the messages of the exchange module (MSIX). */
export const exchange: Record<string, string> = {
  'has no working day in a whole year': 'no tiene ningún día hábil en todo un año',
  'choose one of your regions': 'elija una de sus regiones',
  'Only a state administrator exports to MSIX.': 'Solo un administrador estatal exporta a MSIX.',
  'No MSIX export with that id.': 'No hay ninguna exportación a MSIX con ese identificador.',
};
