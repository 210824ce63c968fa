/** Spanish of the messages of the organizations module. */
export const organizations: Record<string, string> = {
  'give districtId or regionId': 'indique districtId o regionId',
};
