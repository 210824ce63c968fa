/** Spanish of the messages of the child-counts module. */
export const childCounts: Record<string, string> = {
  'No such counts in your scope.': 'No hay tales conteos en su ámbito.',
  'a student number of 1 to {MAX_STUDENT_NUMBER} characters':
    'un número de estudiante de 1 a {MAX_STUDENT_NUMBER} caracteres',
  'The EDFacts files are the state’s counts.': 'Los archivos de EDFacts son los conteos del estado.',
  'The differences from certification are the state’s counts.':
    'Las diferencias con la certificación son los conteos del estado.',
};
