/** Spanish of the messages of the documents module. */
export const documents: Record<string, string> = {
  'needs a file name of 1 to {fileNameLength} characters':
    'necesita un nombre de archivo de 1 a {fileNameLength} caracteres',
  '{fileName} is not a PDF, image, Word, Excel, CSV or text file (allowed: {value})':
    '{fileName} no es un archivo PDF, imagen, Word, Excel, CSV ni de texto (se permiten: {value})',
  '{fileName} is empty': '{fileName} está vacío',
  '{fileName} is larger than {value} MB, the limit': '{fileName} pesa más de {value} MB, el límite',
  '{fileName} does not hold what its extension says ({extension})':
    '{fileName} no contiene lo que dice su extensión ({extension})',
  'No document with that id.': 'No hay ningún documento con ese identificador.',
};
