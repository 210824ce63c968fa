/** Spanish of the messages of the coes module. */
export const coes: Record<string, string> = {
  'is not a child of the interview': 'no es un niño de la entrevista',
  'no such child in your scope': 'no existe ese niño entre los que usted atiende',
  'link an existing child (childId) or give the new child (newChild)':
    'vincule un niño existente (childId) o indique el niño nuevo (newChild)',
  'no such referral in this region': 'no existe esa remisión en esta región',
  'no such district in this region': 'no existe ese distrito en esta región',
  'No COE with that id.': 'No hay ningún COE con ese identificador.',
  'version: someone else changed this COE; reload it':
    'version: alguien más cambió este COE; vuelva a cargarlo',
  'must be a PNG picture of the signature': 'debe ser una imagen PNG de la firma',
  'is too large for a signature (at most 512 kB)': 'es demasiado grande para una firma (máximo 512 kB)',
  'is not a readable PNG picture; draw the signature again':
    'no es una imagen PNG legible; vuelva a dibujar la firma',
  'has a size no signature pad draws': 'tiene un tamaño que ningún panel de firma dibuja',
  'must be a date written YYYY-MM-DD, not in the future': 'debe ser una fecha escrita AAAA-MM-DD, no futura',
  'A {status} COE cannot be signed.': 'Un COE {status} no se puede firmar.',
  'A {status} COE cannot be changed.': 'Un COE {status} no se puede cambiar.',
  'This COE has no drawn signature.': 'Este COE no tiene una firma dibujada.',
  "was changed by someone else since the interview linked it: compare the child's facts":
    'otra persona lo cambió después de que la entrevista lo vinculó: compare los datos del niño',
  'was given to another recruiter since the interview began':
    'se asignó a otro reclutador después de que empezó la entrevista',
  'was answered or closed since the interview began':
    'se respondió o se cerró después de que empezó la entrevista',
  'is not a district you prepare COEs in': 'no es un distrito en el que usted prepara COE',
};
