/**
 * The Spanish catalog of the server's messages: English template → Spanish, one file per
 * module. Templates write interpolated values as `{name}` (src/server/messages/translate.ts).
 */
import { accountability } from './accountability';
import { appr } from './appr';
import { assessments } from './assessments';
import { auth } from './auth';
import { backup } from './backup';
import { calendar } from './calendar';
import { childCounts } from './child-counts';
import { children } from './children';
import { cli } from './cli';
import { coes } from './coes';
import { composed } from './composed';
import { da } from './da';
import { data } from './data';
import { demo } from './demo';
import { documents } from './documents';
import { eligibility } from './eligibility';
import { enrollments } from './enrollments';
import { families } from './families';
import { framework } from './framework';
import { improvement } from './improvement';
import { interviewDrafts } from './interview-drafts';
import { monitoring } from './monitoring';
import { mpoOutcomes } from './mpo-outcomes';
import { mpoTargets } from './mpo-targets';
import { organizations } from './organizations';
import { people } from './people';
import { exchange } from './exchange';
import { edFi } from './ed-fi';
import { pfs } from './pfs';
import { plan } from './plan';
import { qualifications } from './qualifications';
import { qualityControl } from './quality-control';
import { recruitment } from './recruitment';
import { referrals } from './referrals';
import { schoolContacts } from './school-contacts';
import { server } from './server';
import { services } from './services';
import { users } from './users';
import { common } from './common';
import { planDevelopment } from './plan-development';
export const SPANISH_MESSAGES: Record<string, string> = {
  ...accountability,
  ...appr,
  ...assessments,
  ...auth,
  ...backup,
  ...calendar,
  ...childCounts,
  ...children,
  ...cli,
  ...coes,
  ...composed,
  ...da,
  ...data,
  ...demo,
  ...documents,
  ...eligibility,
  ...enrollments,
  ...families,
  ...framework,
  ...improvement,
  ...interviewDrafts,
  ...monitoring,
  ...mpoOutcomes,
  ...mpoTargets,
  ...organizations,
  ...people,
  ...exchange,
  ...edFi,
  ...pfs,
  ...plan,
  ...qualifications,
  ...qualityControl,
  ...recruitment,
  ...referrals,
  ...schoolContacts,
  ...server,
  ...services,
  ...users,
  ...common,
  ...planDevelopment,
};
