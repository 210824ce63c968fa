/** Spanish of the messages of the quality-control module. */
export const qualityControl: Record<string, string> = {
  'No re-interview assigned to you with that id.':
    'No hay ninguna reentrevista asignada a usted con ese identificador.',
  'must be a user who may re-interview (a designated reviewer)':
    'debe ser un usuario que pueda volver a entrevistar (un revisor designado)',
  'must be a date on or after approvedFrom': 'debe ser una fecha igual o posterior a approvedFrom',
  'must be a whole number from 1 to 1,000': 'debe ser un número entero de 1 a 1,000',
  'no COE was approved in this period': 'no se aprobó ningún COE en este período',
  'No sample with that id.': 'No hay ninguna muestra con ese identificador.',
  'describe the discrepancy': 'describa la discrepancia',
  'This re-interview changed since you opened it: reload it and try again.':
    'Esta reentrevista cambió después de que usted la abrió: vuelva a cargarla e inténtelo de nuevo.',
};
