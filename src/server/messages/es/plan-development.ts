/** Spanish of the messages of the plan-development module. */
export const planDevelopment: Record<string, string> = {
  'No SDP development with that id.': 'No hay ningún desarrollo del SDP con ese identificador.',
  'is not an activity of the process': 'no es una actividad del proceso',
  'must be a date (YYYY-MM-DD)': 'debe ser una fecha (AAAA-MM-DD)',
  'may hold at most {MAX_OUTCOMES} outcomes': 'puede contener como máximo {MAX_OUTCOMES} resultados',
  'is not an action of the process': 'no es una acción del proceso',
  'may hold at most {MAX_ALIGNMENT_RECORDS} records':
    'puede contener como máximo {MAX_ALIGNMENT_RECORDS} registros',
  'is used twice': 'se usa dos veces',
  'is not a kind of the chart': 'no es un tipo del gráfico',
  'is not an element of the checklist': 'no es un elemento de la lista de verificación',
  'Someone changed this SDP development since you read it; read it again.':
    'Alguien cambió este desarrollo del SDP después de que usted lo leyó; vuelva a leerlo.',
  'Someone changed this comment since you read it; read it again.':
    'Alguien cambió este comentario después de que usted lo leyó; vuelva a leerlo.',
  'The state has not adopted a plan yet.': 'El estado todavía no ha adoptado un plan.',
  'may hold at most {MAX_THEMES} themes': 'puede contener como máximo {MAX_THEMES} temas',
  'No comment with that id.': 'No hay ningún comentario con ese identificador.',
  'is not a kind of outcome': 'no es un tipo de resultado',
  'is not a file of this development': 'no es un archivo de este desarrollo',
};
