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
};
