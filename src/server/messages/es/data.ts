/** Spanish of the messages of the repositories. */
export const data: Record<string, string> = {
  'The records changed while the counts were being certified; certify again.':
    'Los registros cambiaron mientras se certificaban los conteos; vuelva a certificar.',
  'version: someone else changed these settings since you read them; reload them':
    'version: otra persona cambió esta configuración desde que usted la leyó; vuelva a cargarla',
};
