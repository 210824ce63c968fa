/** Spanish of the messages of the people module. */
export const people: Record<string, string> = {
  'Your role does not allow this.': 'Su rol no permite esto.',
  'No recruiter with that id.': 'No hay ningún reclutador con ese identificador.',
};
