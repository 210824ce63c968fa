/** Spanish of the messages of the services module. */
export const services: Record<string, string> = {
  'choose one of your regions: the state’s figures are for state roles':
    'elija una de sus regiones: las cifras del estado son para los roles estatales',
  'No region {regionNumber} in your scope.': 'No existe la región {regionNumber} entre las suyas.',
  'not a region you can read': 'no es una región que usted pueda leer',
  'must be an object with ELA, MATH and ELPAC': 'debe ser un objeto con ELA, MATH y ELPAC',
  'is not a subject (ELA, MATH, ELPAC)': 'no es una materia (ELA, MATH, ELPAC)',
  'must be a list of levels': 'debe ser una lista de niveles',
  'levels are whole numbers from 1 to 3 (level 4 is proficient)':
    'los niveles son números enteros de 1 a 3 (el nivel 4 es competente)',
  'names a level twice': 'indica un nivel dos veces',
  'must be an object with RSY, SUMMER and INTERSESSION': 'debe ser un objeto con RSY, SUMMER e INTERSESSION',
  'is not a term (RSY, SUMMER, INTERSESSION)': 'no es un período (RSY, SUMMER, INTERSESSION)',
  'needs a from and a to day': 'necesita un día de inicio y uno de fin',
  'must be a day written MM-DD (not 02-29)': 'debe ser un día escrito MM-DD (no 02-29)',
  'is not a day of the year': 'no es un día del año',
  'is before the term starts (the period runs September to August)':
    'es anterior al inicio del período (el año va de septiembre a agosto)',
  'must be a list of windows': 'debe ser una lista de ventanas',
  'holds at most 12 windows': 'contiene como máximo 12 ventanas',
  'is before the window starts (split a window across 31 December in two)':
    'es anterior al inicio de la ventana (divida en dos una ventana que cruce el 31 de diciembre)',
  'levels are whole numbers from 1 to 3 (level 4 meets the standard)':
    'los niveles son números enteros de 1 a 3 (el nivel 4 cumple el estándar)',
  'is before the first day': 'es anterior al primer día',
  'must be a student number of 1 to 20 letters and digits':
    'debe ser un número de estudiante de 1 a 20 letras y dígitos',
  'must be a school year such as 2023-24': 'debe ser un año escolar como 2023-24',
  'must be a school year from 1990-91 to 2100-01': 'debe ser un año escolar de 1990-91 a 2100-01',
  'must name two consecutive years, such as 2023-24': 'debe indicar dos años consecutivos, como 2023-24',
  'must be a whole number from 1 to 4': 'debe ser un número entero de 1 a 4',
  'must be a non-empty text': 'debe ser un texto no vacío',
  'must be a number': 'debe ser un número',
  'must be a whole number from {min} to {max}': 'debe ser un número entero de {min} a {max}',
  'must not be below minAge': 'no debe ser menor que minAge',
  'must be belowProficient or age': 'debe ser belowProficient o age',
  'must be more than 0': 'debe ser mayor que 0',
  'must be more than 0 and at most 100': 'debe ser mayor que 0 y como máximo 100',
  'must be anyGain, points, percentOfRange or reach': 'debe ser anyGain, points, percentOfRange o reach',
  'must be 0 or more, or null': 'debe ser 0 o más, o null',
  'must be from 0 to 100': 'debe estar entre 0 y 100',
  'is not valid JSON{value}': 'no es JSON válido{value}',
  'must be a list of MPOs': 'debe ser una lista de MPO',
  'MPO {number} appears twice': 'el MPO {number} aparece dos veces',
  'No plan version with that id.': 'No hay ninguna versión del plan con ese identificador.',
  'A {status} plan version cannot be adopted again.':
    'Una versión del plan en estado {status} no se puede volver a adoptar.',
  'the folder has no {value}': 'la carpeta no tiene {value}',
  'the file is missing from the folder': 'falta el archivo en la carpeta',
  "regions {value} are not the state's": 'las regiones {value} no son del estado',
  'A services folder holds every region’s records: only the state imports it.':
    'Una carpeta de servicios contiene los registros de todas las regiones: solo el estado la importa.',
  'at most {REVIEW_MAX_LENGTH} characters': 'como máximo {REVIEW_MAX_LENGTH} caracteres',
  'the file has no column "{column}"': 'el archivo no tiene la columna "{column}"',
  '{localCode} is already mapped to {value}: end that mapping first':
    '{localCode} ya está asignado a {value}: termine primero esa asignación',
  'is already enrolled in this service since {alreadyEnrolledOn}':
    'ya está inscrito en este servicio desde {alreadyEnrolledOn}',
  '{date} is before the service starts ({startDate})':
    '{date} es anterior al inicio del servicio ({startDate})',
  '{date} is after the service ends ({endDate})': '{date} es posterior al fin del servicio ({endDate})',
  'the child is not eligible on {enrolledOn}: no eligibility is on record for this student':
    'el niño no es elegible el {enrolledOn}: no hay elegibilidad registrada para este estudiante',
  'the child is not eligible on {enrolledOn}: eligible {value}':
    'el niño no es elegible el {enrolledOn}: elegible {value}',
  'is not enrolled in this service': 'no está inscrito en este servicio',
  '{date} is before the child was enrolled ({enrolledOn})':
    '{date} es anterior a la inscripción del niño ({enrolledOn})',
  'must be a whole number from 1 to {MAX_SESSION_MINUTES}':
    'debe ser un número entero de 1 a {MAX_SESSION_MINUTES}',
  'must be a number with at most two decimals': 'debe ser un número con dos decimales como máximo',
  "{score} is outside the instrument's range {min} to {max}":
    '{score} está fuera del rango del instrumento, de {min} a {max}',
  'is required: choose a region': 'es obligatorio: elija una región',
  'No service with that id.': 'No hay ningún servicio con ese identificador.',
  "is not one of the region's districts": 'no es uno de los distritos de la región',
  'code: another service already has the code {value}': 'code: otro servicio ya tiene el código {value}',
  'is taken by another service': 'lo tiene otro servicio',
  'version: someone else changed this service since you opened it; reload it':
    'version: alguien más cambió este servicio después de que usted lo abrió; vuelva a cargarlo',
  'is required: choose the region that provides the service':
    'es obligatorio: elija la región que presta el servicio',
  'is not a region you set services up in': 'no es una región en la que usted configura servicios',
  'This service has {enrolled} children enrolled: unenroll them before deleting it.':
    'Este servicio tiene {enrolled} niños inscritos: deles de baja antes de eliminarlo.',
  'has children enrolled': 'tiene niños inscritos',
  'No such test score in this service.': 'No existe ese puntaje de prueba en este servicio.',
  'No such mapping of that local code from that date.':
    'No existe esa asignación de ese código local desde esa fecha.',
  'is not enrolled': 'no está inscrito',
  'revision: someone else saved the sheet of this date since you opened it; load it again':
    'revision: alguien más guardó la hoja de esta fecha después de que usted la abrió; vuelva a cargarla',
  'No such enrollment in this service.': 'No existe esa inscripción en este servicio.',
  'This child has attendance or test scores recorded in this service: they stay enrolled.':
    'Este niño tiene asistencia o puntajes de prueba registrados en este servicio: sigue inscrito.',
  'has attendance or test scores recorded': 'tiene asistencia o puntajes de prueba registrados',
  'is after {first}, a date already recorded in this service':
    'es posterior a {first}, una fecha ya registrada en este servicio',
  'is before {last}, a date already recorded in this service':
    'es anterior a {last}, una fecha ya registrada en este servicio',
  'a DSA or MOU service is provided by a district: choose it':
    'un servicio DSA o MOU lo presta un distrito: elíjalo',
  'must be a whole number of minutes from 1 to {MAX_SESSION_MINUTES}':
    'debe ser un número entero de minutos de 1 a {MAX_SESSION_MINUTES}',
  '{bad} is not a service component': '{bad} no es un componente de servicio',
  "region {value} is not one of the state's regions":
    'la región {value} no es una de las regiones del estado',
  'is empty': 'está vacío',
  '"{value}" is not a subject (ELA, Mathematics, ELPAC)':
    '"{value}" no es una materia (ELA, Mathematics, ELPAC)',
  '"{value}" is not a school year such as 2023-24': '"{value}" no es un año escolar como 2023-24',
  '"{value}" is not a level of {subject} (1 to 4 or the level\'s name)':
    '"{value}" no es un nivel de {subject} (de 1 a 4 o el nombre del nivel)',
  '{value} has a second {subject} result for {schoolYear} in this file':
    '{value} tiene un segundo resultado de {subject} para {schoolYear} en este archivo',
  '"{minutes}" is not a whole number of minutes': '"{minutes}" no es un número entero de minutos',
  'student {studentId} on {date} is already on line {earlier}':
    'el estudiante {studentId} del {date} ya está en la línea {earlier}',
  '"{value}" is neither pre nor post': '"{value}" no es pre ni post',
  '"{score}" is not a number': '"{score}" no es un número',
  'is not a date (YYYY-MM-DD)': 'no es una fecha (AAAA-MM-DD)',
};
