/** Spanish of the messages of the demo module. */
export const demo: Record<string, string> = {
  'must be a whole number from 1 to 500,000': 'debe ser un número entero de 1 a 500,000',
  'The demo dataset is already loaded in this database.':
    'Los datos de demostración ya están cargados en esta base de datos.',
  'Region {taken} already exists: load the demo dataset into an empty database.':
    'La región {taken} ya existe: cargue los datos de demostración en una base de datos vacía.',
};
