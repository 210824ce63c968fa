/** Spanish of the messages of the school-contacts module. */
export const schoolContacts: Record<string, string> = {
  'No school contact with that id.': 'No hay ningún contacto escolar con ese identificador.',
  'Only the person who recorded this contact, or their region’s manager, may change it.':
    'Solo quien registró este contacto, o el gerente de su región, puede cambiarlo.',
  'is not a school of a region you work in': 'no es una escuela de una región en la que usted trabaja',
  'must be a month written YYYY-MM': 'debe ser un mes escrito AAAA-MM',
  'No staff member with that id in your scope.':
    'No hay ningún miembro del personal con ese identificador entre los suyos.',
  'A school contact is recorded by a signed-in staff member.':
    'Un contacto escolar lo registra un miembro del personal que haya iniciado sesión.',
  'are written only with the outcome "obtained referrals"':
    'se anotan solo con el resultado "Obtuvo referencias"',
  'list at most {limit} children': 'indique como máximo {limit} niños',
  'you may not add referrals to this school’s district':
    'usted no puede añadir remisiones al distrito de esta escuela',
  'version: someone else changed this school contact since you opened it; reload it':
    'version: otra persona cambió este contacto escolar desde que lo abrió; vuelva a cargarlo',
};
