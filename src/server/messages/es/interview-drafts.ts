/** Spanish of the messages of the interview-drafts module. */
export const interviewDrafts: Record<string, string> = {
  'must be a whole number of days from 1 to 90': 'debe ser un número entero de días de 1 a 90',
  'No such interview draft.': 'No existe ese borrador de entrevista.',
  'An interview draft is kept by a signed-in staff member.':
    'Un borrador de entrevista lo guarda un miembro del personal que haya iniciado sesión.',
  'This draft was discarded on another device.': 'Este borrador se descartó en otro dispositivo.',
  'the draft is no longer kept': 'el borrador ya no se guarda',
  'is not a region': 'no es una región',
  'A draft with this id was kept meanwhile.': 'Mientras tanto se guardó un borrador con este identificador.',
  'another save came first': 'otro guardado llegó primero',
  'This draft was saved on another device meanwhile.':
    'Mientras tanto este borrador se guardó en otro dispositivo.',
};
