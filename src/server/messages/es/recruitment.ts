/** Spanish of the messages of the recruitment module. */
export const recruitment: Record<string, string> = {
  '"{text}" is not a performance period such as 2021-22':
    '"{text}" no es un período de desempeño como 2021-22',
  '{name} is before {name2}': '{name} es anterior a {name2}',
  'at most 50 performance periods at a time': 'como máximo 50 períodos de desempeño a la vez',
  'must be a whole number from 1 to 10': 'debe ser un número entero de 1 a 10',
  '"{id}" is used twice': '"{id}" se usa dos veces',
  'must be one of {value}': 'debe ser uno de {value}',
  'must be a whole number from 0 to 10': 'debe ser un número entero de 0 a 10',
  'must name the other date: districtEnterDate or schoolEnterDate':
    'debe indicar la otra fecha: districtEnterDate o schoolEnterDate',
  'must be a number of days': 'debe ser un número de días',
  'is required: the text to compare': 'es obligatorio: el texto a comparar',
  'A {status} COE cannot be submitted.': 'Un COE {status} no se puede enviar.',
  'no child is eligible on this interview': 'ningún niño es elegible en esta entrevista',
  'the parent or guardian has not signed': 'el padre, la madre o el tutor no ha firmado',
  'A {status} COE cannot be reviewed.': 'Un COE {status} no se puede revisar.',
  'You prepared this COE: another designated reviewer must review it.':
    'Usted preparó este COE: otro revisor designado debe revisarlo.',
  'say what the recruiter must correct': 'diga qué debe corregir el reclutador',
  'must be a real date written YYYY-MM-DD': 'debe ser una fecha real escrita AAAA-MM-DD',
  'cannot be after today ({today})': 'no puede ser posterior a hoy ({today})',
  'record at least one outcome': 'registre al menos un resultado',
  'is recorded twice': 'está registrado dos veces',
  'write {value}': 'escriba {value}',
  '"{value}" is not a date (YYYY-MM-DD or MM/DD/YYYY)': '"{value}" no es una fecha (AAAA-MM-DD o MM/DD/AAAA)',
  '"{value}" is not yes or no': '"{value}" no es sí ni no',
  '{name} is required': '{name} es obligatorio',
  '"{value}" is not a date (YYYY-MM-DD)': '"{value}" no es una fecha (AAAA-MM-DD)',
  '"{value}" must be Y or N{value2}': '"{value}" debe ser Y o N{value2}',
  'recruitment date {recruitmentDate} is before the residency date {residencyDate}':
    'la fecha de reclutamiento {recruitmentDate} es anterior a la fecha de residencia {residencyDate}',
  'QAD {qad} is after the recruitment date {recruitmentDate}':
    'la QAD {qad} es posterior a la fecha de reclutamiento {recruitmentDate}',
  'coe_id {coeId} and student_id {studentId} are already on line {earlier}':
    'coe_id {coeId} y student_id {studentId} ya están en la línea {earlier}',
};
