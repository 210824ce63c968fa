/** Spanish of the messages of the Ed-Fi export and its reading back (docs/rules/ed-fi.md). */
export const edFi: Record<string, string> = {
  'is not a real day': 'no es un día que exista',
  'is before {begin}': 'es anterior a {begin}',
  'names no student of the export': 'no nombra a ningún estudiante de la exportación',
  'names no program of the export': 'no nombra ningún programa de la exportación',
};
