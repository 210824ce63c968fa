/** A valid MDE record for the exchange's tests: a Basic School Program enrollment in California. */
import type { MsixChildRecord } from './msix-record';

export function validMsixRecord(): MsixChildRecord {
  return {
    msixId: '123456789012',
    stateStudentId: '1234567890',
    stateStudentIdType: '01',
    firstName: 'María',
    middleName: 'Guadalupe',
    lastName1: 'Hernández',
    lastName2: 'López',
    suffix: null,
    sex: 'Female',
    birthDate: '2012-03-14',
    multipleBirth: false,
    birthCity: 'Salinas',
    birthState: 'CA',
    birthCountry: null,
    birthDateVerification: null,
    parents: {
      maleFirstName: 'José',
      maleLastName: 'Hernández',
      femaleFirstName: 'Rosa',
      femaleLastName: 'López',
    },
    qualifyingMoves: [
      {
        qualifyingArrivalDate: '2025-05-26',
        fromCity: 'Yuma',
        fromState: 'AZ',
        fromCountry: null,
        toCity: 'Salinas',
        toState: 'CA',
        eligibilityExpirationDate: '2028-05-26',
      },
    ],
    enrollments: [
      {
        enrollmentDate: '2025-08-13',
        enrollmentType: '01',
        schoolOrProjectName: 'Alisal Elementary',
        schoolId: '063255004963',
        districtId: '0601234',
        districtName: 'Alisal Union',
        facilityState: 'CA',
        gradeLevel: '08',
        englishLearner: true,
        iep: false,
        priorityForServices: true,
        withdrawalDate: null,
      },
    ],
  };
}
