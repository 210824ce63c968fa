/** Spanish of the messages of the users module. */
export const users: Record<string, string> = {
  'Only a state administrator creates users.': 'Solo un administrador estatal crea usuarios.',
  'must be an email address': 'debe ser una dirección de correo electrónico',
  'must not be empty': 'no debe estar vacío',
  'is required for the role {role}': 'es obligatorio para el rol {role}',
  'is required for district staff': 'es obligatorio para el personal de distrito',
  'no district has the CDS code {districtCdsCode}': 'ningún distrito tiene el código CDS {districtCdsCode}',
  'no region has the number {regionNumber}': 'ninguna región tiene el número {regionNumber}',
  'email: a user with the email {email} exists': 'email: ya existe un usuario con el correo {email}',
  'is taken': 'ya está en uso',
};
