/** Spanish of the messages of the assessments module. */
export const assessments: Record<string, string> = {
  'no child in your scope has this student number': 'ningún niño a su cargo tiene este número de estudiante',
  'schoolYear: {studentId} already has a {subject} result for {schoolYear}':
    'schoolYear: {studentId} ya tiene un resultado de {subject} para {schoolYear}',
  'this student already has a result of this subject for this year':
    'este estudiante ya tiene un resultado de esta materia para este año',
  'version: someone else changed this result since you read it; reload it':
    'version: alguien más cambió este resultado después de que usted lo leyó; vuelva a cargarlo',
  'No such assessment result.': 'No existe ese resultado de evaluación.',
  'No such child.': 'No existe ese niño.',
  'no child in your scope has the student number {studentId}':
    'ningún niño a su cargo tiene el número de estudiante {studentId}',
};
