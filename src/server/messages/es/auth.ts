/** Spanish of the messages of the auth module. */
export const auth: Record<string, string> = {
  'User not found.': 'No se encontró el usuario.',
  'Too many failed sign-ins: try again after 15 minutes, or ask an administrator.':
    'Demasiados intentos fallidos de inicio de sesión: inténtelo de nuevo en 15 minutos o pida ayuda a un administrador.',
  'The email or password is not right.': 'El correo electrónico o la contraseña no son correctos.',
  'is not your current password': 'no es su contraseña actual',
  'must differ from the current password': 'debe ser distinta de la contraseña actual',
  'Choose a new password before anything else.': 'Elija una contraseña nueva antes de continuar.',
  'Only a signed-in user changes their password.':
    'Solo un usuario que ha iniciado sesión cambia su contraseña.',
};
