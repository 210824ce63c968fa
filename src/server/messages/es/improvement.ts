/** Spanish of the messages of the improvement module. */
export const improvement: Record<string, string> = {
  'No network.': 'No hay ninguna red.',
  'No such PDSA cycle.': 'No existe ese ciclo PDSA.',
  'has no number to compute the median from': 'no tiene ningún número del cual calcular la mediana',
  'the file must be an object with a "values" array': 'el archivo debe ser un objeto con una lista "values"',
  'is missing or not an array': 'falta o no es una lista',
  'has no point': 'no tiene ningún punto',
  '{value} is not a number or null': '{value} no es un número ni null',
  '{value} is not a whole number from 1 to {length} (the length of values)':
    '{value} no es un número entero de 1 a {length} (la longitud de values)',
  'has no number in it': 'no contiene ningún número',
  'the first {baseline} values hold no number': 'los primeros {baseline} valores no contienen ningún número',
  'is before from': 'es anterior a from',
  'a chart holds at most {MAX_CHART_PERIODS} periods':
    'un gráfico contiene como máximo {MAX_CHART_PERIODS} períodos',
  'is before startYear': 'es anterior a startYear',
  'a cohort spans at most three program years': 'una cohorte abarca como máximo tres años del programa',
  'a coaching call is with one team': 'una llamada de asesoría es con un solo equipo',
  'a session is for the whole cohort': 'una sesión es para toda la cohorte',
  'name at least one audience': 'indique al menos un público',
  'Someone else changed this cohort first; reload it and try again.':
    'Alguien más cambió esta cohorte primero; vuelva a cargarla e inténtelo de nuevo.',
  'Someone else changed this team first; reload it and try again.':
    'Alguien más cambió este equipo primero; vuelva a cargarlo e inténtelo de nuevo.',
  'Someone else changed this meeting first; reload it and try again.':
    'Alguien más cambió esta reunión primero; vuelva a cargarla e inténtelo de nuevo.',
  'Someone else changed this training first; reload it and try again.':
    'Alguien más cambió esta capacitación primero; vuelva a cargarla e inténtelo de nuevo.',
  'Someone else changed this project first; reload it and try again.':
    'Alguien más cambió este proyecto primero; vuelva a cargarlo e inténtelo de nuevo.',
  'Someone else changed this PDSA cycle first; reload it and try again.':
    'Alguien más cambió este ciclo PDSA primero; vuelva a cargarlo e inténtelo de nuevo.',
  'A cohort is already named {name}.': 'Ya hay una cohorte llamada {name}.',
  'No such cohort.': 'No existe esa cohorte.',
  'no such cohort': 'no existe esa cohorte',
  'is not a team of this cohort': 'no es un equipo de esta cohorte',
  'No such meeting.': 'No existe esa reunión.',
  'This region already has a team in the cohort.': 'Esta región ya tiene un equipo en la cohorte.',
  'already has a team in this cohort': 'ya tiene un equipo en esta cohorte',
  'No such team.': 'No existe ese equipo.',
  'No such training.': 'No existe esa capacitación.',
  'is not a measure of the catalog': 'no es una medida del catálogo',
  'is after the aim date': 'es posterior a la fecha de la meta',
  'a percentage is from 0 to 100': 'un porcentaje va de 0 a 100',
  'say what you predict will happen': 'diga qué predice que pasará',
  'study the result against the prediction before deciding':
    'estudie el resultado frente a la predicción antes de decidir',
  'No such project.': 'No existe ese proyecto.',
  'is not a change idea of this project': 'no es una idea de cambio de este proyecto',
  'a phase must start after the first period and within the chart':
    'una fase debe comenzar después del primer período y dentro del gráfico',
  'two phases start at the same period': 'dos fases comienzan en el mismo período',
  'a {unit} measure is drawn as {value}': 'una medida de tipo {unit} se dibuja como {value}',
  'a new phase starts only from a PDSA cycle whose change was adopted':
    'una fase nueva comienza solo a partir de un ciclo PDSA cuyo cambio se adoptó',
  'is before the period the PDSA cycle started in': 'es anterior al período en que comenzó el ciclo PDSA',
  "is not after the chart's first period": 'no es posterior al primer período del gráfico',
  'is in the future': 'está en el futuro',
  'is not a PDSA cycle of this project': 'no es un ciclo PDSA de este proyecto',
  'a phase already starts in that period': 'ya comienza una fase en ese período',
  'name either a PDSA cycle or a strategy of the plan': 'indique un ciclo PDSA o una estrategia del plan',
  'is required for a phase from a strategy of the plan':
    'es obligatorio para una fase a partir de una estrategia del plan',
  'is not a strategy of the plan in force': 'no es una estrategia del plan vigente',
};
