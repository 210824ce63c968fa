/** Spanish of the messages of the appr module. */
export const appr: Record<string, string> = {
  'No state roll-up in your scope.': 'No hay ningún resumen estatal en su ámbito.',
  'Someone saved this review since you opened it; reload to see their answers.':
    'Alguien guardó esta revisión después de que usted la abrió; vuelva a cargarla para ver sus respuestas.',
};
