/** Spanish of the messages of the qualifications module. */
export const qualifications: Record<string, string> = {
  'No such data packet in your scope.': 'No existe ese paquete de datos en su ámbito.',
  'Someone on your team saved this protocol since you opened it; reload to see their answers.':
    'Alguien de su equipo guardó este protocolo después de que usted lo abrió; vuelva a cargarlo para ver sus respuestas.',
  'is not the latest': 'no es la más reciente',
};
