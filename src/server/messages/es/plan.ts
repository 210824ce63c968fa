/** Spanish of the messages of the plan module. */
export const plan: Record<string, string> = {
  'A draft is edited, not amended.': 'Un borrador se edita, no se enmienda.',
  'This version is {status}: it is never changed. Amend it to make a new draft.':
    'Esta versión está en estado {status}: nunca se cambia. Enmiéndela para crear un borrador nuevo.',
  'version: someone else changed this plan version; reload it':
    'version: alguien más cambió esta versión del plan; vuelva a cargarla',
};
