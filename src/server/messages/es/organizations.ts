/** Spanish of the messages of the organizations module. */
export const organizations: Record<string, string> = {
  'give districtId or regionId': 'indique districtId o regionId',
  'is missing: the file must be the tab-delimited public schools export':
    'falta: el archivo debe ser la exportación de escuelas públicas delimitada por tabuladores',
  'must be a 14-digit CDS code': 'debe ser un código CDS de 14 dígitos',
  'must be a 7-digit NCES district id': 'debe ser un identificador NCES de distrito de 7 dígitos',
  'must be a 5-digit NCES school id': 'debe ser un identificador NCES de escuela de 5 dígitos',
  'must be Active, Pending, Closed or Merged': 'debe ser Active, Pending, Closed o Merged',
  'must not be empty on a school': 'no debe estar vacío en una escuela',
  'must be a date as YYYY-MM-DD': 'debe ser una fecha escrita AAAA-MM-DD',
  'must be Y or N': 'debe ser Y o N',
  'the file has no districts or schools': 'el archivo no tiene distritos ni escuelas',
  'must be a non-empty array of regions': 'debe ser una lista no vacía de regiones',
  'must be a whole number from 1 to 99': 'debe ser un número entero del 1 al 99',
  'repeats region {number}': 'repite la región {number}',
  'must name the subgrantee': 'debe nombrar al subbeneficiario',
  'must be county_office or direct_funded_district': 'debe ser county_office o direct_funded_district',
  'must be a list of {what}': 'debe ser una lista de {what}',
  'give the counties or districts the region serves':
    'indique los condados o distritos que atiende la región',
  "{key} is already region {owner}'s": '{key} ya es de la región {owner}',
};
