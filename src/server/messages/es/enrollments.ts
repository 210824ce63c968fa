/** Spanish of the messages of the enrollments module. */
export const enrollments: Record<string, string> = {
  'No enrollment with that id.': 'No hay ninguna inscripción con ese identificador.',
  'must not be before the enrollment date': 'no debe ser anterior a la fecha de inscripción',
  'no such district': 'no existe ese distrito',
  'no such school in this district': 'no existe esa escuela en este distrito',
  'is not your district': 'no es su distrito',
};
