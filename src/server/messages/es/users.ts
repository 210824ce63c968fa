/** Spanish of the messages of the users module. */
export const users: Record<string, string> = {
  'Only a state administrator creates users.': 'Solo un administrador estatal crea usuarios.',
  'must be an email address': 'debe ser una dirección de correo electrónico',
  'must not be empty': 'no debe estar vacío',
  'is required for the role {role}': 'es obligatorio para el rol {role}',
  'no district has the CDS code {districtCdsCode}': 'ningún distrito tiene el código CDS {districtCdsCode}',
  'no region has the number {regionNumber}': 'ninguna región tiene el número {regionNumber}',
  'email: a user with the email {email} exists': 'email: ya existe un usuario con el correo {email}',
  'is taken': 'ya está en uso',
  'No such user.': 'No existe ese usuario.',
  'version: someone else changed this user since you opened it; reload it':
    'version: alguien más cambió este usuario desde que lo abrió; vuelva a cargarlo',
  'you cannot deactivate your own account': 'no puede desactivar su propia cuenta',
  'you cannot change your own role': 'no puede cambiar su propio rol',
};
