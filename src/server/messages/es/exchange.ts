/** Spanish of the messages of the exchange module (MSIX). */
export const exchange: Record<string, string> = {
  'has no working day in a whole year': 'no tiene ningún día hábil en todo un año',
  'choose one of your regions': 'elija una de sus regiones',
  'Only a state administrator exports to MSIX.': 'Solo un administrador estatal exporta a MSIX.',
  'No MSIX export with that id.': 'No hay ninguna exportación a MSIX con ese identificador.',
  // consolidated records from other states (docs/rules/msix.md X11)
  'is not a JSON file': 'no es un archivo JSON',
  'repeats the MSIX ID of records[{first}]': 'repite el identificador MSIX de records[{first}]',
  'names a state listed before in this record': 'nombra un estado que ya figura en este registro',
  'is given with fromState: a move comes from one': 'viene con fromState: una mudanza viene de uno solo',
  'is not the MSIX ID of a record of the file': 'no es el identificador MSIX de ningún registro del archivo',
  'choose which record of the file to attach: it holds several':
    'elija qué registro del archivo adjuntar: contiene varios',
  'version: someone else changed this record from other states since you opened it; reload and try again':
    'version: otra persona cambió este registro de otros estados desde que lo abrió; vuelva a cargarlo e inténtelo de nuevo',
  'No record from other states with that id.':
    'No hay ningún registro de otros estados con ese identificador.',
  // MSIX move notices (docs/rules/msix.md X10)
  'differs from line {line} of the same notice': 'no coincide con la línea {line} del mismo aviso',
  'is already listed on line {line} of the same notice': 'ya figura en la línea {line} del mismo aviso',
  "cannot be before the notice's date ({noticeDate})":
    'no puede ser anterior a la fecha del aviso ({noticeDate})',
  'is only for a family that moved on': 'es solo para una familia que se mudó a otro lugar',
  'must be a two-letter state code such as CA': 'debe ser el código de dos letras de un estado, como CA',
  'is not a date (YYYYMMDD)': 'no es una fecha (AAAAMMDD)',
  'No move notice with that id.': 'No hay ningún aviso de mudanza con ese identificador.',
  'No move notice outcome file with that id.':
    'No hay ningún archivo de respuestas a avisos de mudanza con ese identificador.',
  'no school of the region is in this city or ZIP code: choose the district for such notices':
    'ninguna escuela de la región está en esta ciudad o código postal: elija el distrito para estos avisos',
  'This answer was already sent to MSIX.': 'Esta respuesta ya se envió a MSIX.',
  'the answer was already sent': 'la respuesta ya se envió',
  'The move notice was changed by someone else; reload it and try again.':
    'Otra persona cambió el aviso de mudanza; vuelva a cargarlo e inténtelo de nuevo.',
  'must be 12 digits': 'debe tener 12 dígitos',
  '"{value}" is not a date (YYYYMMDD or YYYY-MM-DD)': '"{value}" no es una fecha (AAAAMMDD o AAAA-MM-DD)',
  'is not this state ({state}): the notice is for another state':
    'no es este estado ({state}): el aviso es para otro estado',
  'is after the notice date': 'es posterior a la fecha del aviso',
};
