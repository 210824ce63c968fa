/** A child's name as lists show it (`Hernández Ruiz, María José`), or null for a student known only by number. */
export function childNameOf(row: {
  first_name: string | null;
  last_surname: string | null;
  second_surname: string | null;
}): string | null {
  if (row.first_name === null || row.last_surname === null) return null;
  const surnames = row.second_surname ? `${row.last_surname} ${row.second_surname}` : row.last_surname;
  return `${row.first_name} ${surnames}`;
}
