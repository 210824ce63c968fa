/** Spanish of the messages of the referrals module. */
export const referrals: Record<string, string> = {
  'no such district in your region': 'no existe ese distrito en su región',
  'mapping: {value}': 'mapping: {value}',
  'some referrals are not in your region': 'algunas remisiones no son de su región',
  'must be an active recruiter of the referrals’ region':
    'debe ser un reclutador activo de la región de las remisiones',
  'No such region in your scope.': 'No existe esa región entre las suyas.',
  'not a region you work in': 'no es una región en la que usted trabaja',
  'No referral with that id.': 'No hay ninguna remisión con ese identificador.',
  'This referral is assigned to another recruiter.': 'Esta remisión está asignada a otro reclutador.',
  '{fileName} has no header row': '{fileName} no tiene fila de encabezados',
  'is required: say why the priority is changed': 'es obligatorio: diga por qué se cambia la prioridad',
  'each day must be 0 (Sunday) to 6 (Saturday)': 'cada día debe ser de 0 (domingo) a 6 (sábado)',
  'a day is listed twice': 'un día aparece dos veces',
  'must not be before the first day of leave': 'no debe ser anterior al primer día de ausencia',
  'referrals from a school contact are written in the school contact log':
    'las remisiones de un contacto escolar se anotan en el registro de contactos escolares',
  'referrals from an MSIX move notice come with the notice’s import':
    'las remisiones de un aviso de mudanza de MSIX llegan con la importación del aviso',
  'This child is already in the district’s queue.': 'Este niño ya está en la cola del distrito.',
  'a referral with this name and birth date is already listed':
    'ya hay una remisión con este nombre y fecha de nacimiento',
  'The referral was changed by someone else; reload it and try again.':
    'Otra persona cambió la remisión; vuelva a cargarla e inténtelo de nuevo.',
  'The schedule was changed by someone else; reload it and try again.':
    'Otra persona cambió el horario; vuelva a cargarlo e inténtelo de nuevo.',
};
