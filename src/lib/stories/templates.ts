/**
 * The message kit's templates and how they are filled. The wording follows the guides (be-reachable,
 * after-the-call, salary-expectations); a detail the reader hasn't given stays a visible "[placeholder]",
 * never blank and never "undefined".
 */

/** The details a message can be filled with. */
export interface MessageDetails {
  name: string;
  company: string;
  role: string;
  caller: string;
  /** The call's date, already written out ("December 3, 2026"). */
  callDate: string;
}

/** The placeholder each missing detail shows. */
export const PLACEHOLDERS: Record<keyof MessageDetails, string> = {
  name: '[your name]',
  company: '[company]',
  role: '[job title]',
  caller: '[their name]',
  callDate: '[date of the call]',
};

/** One message template. `{name}` style slots are filled; other [brackets] are for the reader to write. */
export interface MessageTemplate {
  id: string;
  title: string;
  /** When to use it, in one or two sentences (with the timing from the guides). */
  when: string;
  /** A risk to weigh before sending, when there is one. */
  risk?: string;
  /** The guide that explains it. */
  guide: string;
  /** True for what you say (voicemail, a call), false for an email. */
  spoken: boolean;
  subject: string;
  body: string;
}

/** Every template, in the order a job search meets them. */
export const MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'voicemail',
    title: 'Voicemail greeting',
    when: 'Record it now, before anyone calls. Say your full name, keep it under ten seconds, and check your mailbox isn’t full.',
    guide: '/guides/be-reachable/',
    spoken: true,
    subject: '',
    body: 'You’ve reached {name}. I can’t take your call right now. Leave your name and number after the tone, and I’ll call you back today.',
  },
  {
    id: 'missed-call',
    title: 'Calling back after a missed call',
    when: 'Call back the same day, ideally within a few hours, from a quiet room with the posting open. If you get voicemail, leave this.',
    guide: '/guides/be-reachable/',
    spoken: true,
    subject: '',
    body: 'Hi {caller}, this is {name} returning your call about the {role} role at {company}. I’m glad you reached out. You can reach me at [your phone number]. I’m free [when you are free today]. Thanks, and I look forward to talking.',
  },
  {
    id: 'time-slots',
    title: 'Replying with three time slots',
    when: 'Reply within a day of the request. Offer three real times, with your time zone, so they can book one without writing back.',
    guide: '/guides/be-reachable/',
    spoken: false,
    subject: 'Phone screen for the {role} role',
    body: 'Hi {caller},\n\nThanks for reaching out about the {role} role at {company}. I’d be glad to talk. Any of these times work for me:\n\n- [day and date], [time] [time zone]\n- [day and date], [time] [time zone]\n- [day and date], [time] [time zone]\n\nThe best number to reach me is [your phone number].\n\nThanks,\n{name}',
  },
  {
    id: 'thank-you',
    title: 'Thank-you note',
    when: 'Send it within 24 hours of the call. Keep it short, and name one thing you talked about.',
    guide: '/guides/after-the-call/',
    spoken: false,
    subject: 'Thank you, {role} call',
    body: 'Hi {caller},\n\nThank you for taking the time to talk with me on {callDate} about the {role} role at {company}. I enjoyed hearing about [one thing you talked about], and I’m still very interested.\n\nPlease let me know if there’s anything else you need from me.\n\nThanks,\n{name}',
  },
  {
    id: 'check-in',
    title: 'Checking in after no news',
    when: 'Send one short check-in if the date they gave passes with no word. If they gave no date, wait about two weeks from the call.',
    guide: '/guides/after-the-call/#pass-your-resume-on',
    spoken: false,
    subject: 'Checking in, {role}',
    body: 'Hi {caller},\n\nI hope your week is going well. I’m checking in on the {role} role at {company} we discussed on {callDate}. I’m still very interested. Is there any news on next steps?\n\nThanks,\n{name}',
  },
  {
    id: 'reschedule',
    title: 'Asking to reschedule',
    when: 'Write as soon as you know, not at the last minute. Say sorry once and offer new times.',
    guide: '/guides/be-reachable/',
    spoken: false,
    subject: 'Rescheduling our call, {role}',
    body: 'Hi {caller},\n\nI’m sorry, but something has come up and I can’t make our call on {callDate}. I’m still very interested in the {role} role at {company}. Could we move it to one of these times?\n\n- [day and date], [time] [time zone]\n- [day and date], [time] [time zone]\n\nThank you for understanding,\n{name}',
  },
  {
    id: 'decline',
    title: 'Declining politely',
    when: 'When you’ve decided the role isn’t for you. A short, kind no keeps the door open for later.',
    guide: '/guides/after-the-call/',
    spoken: false,
    subject: 'The {role} role',
    body: 'Hi {caller},\n\nThank you for your time and for considering me for the {role} role at {company}. After thinking it over, I’ve decided to withdraw from the process. I appreciate the chance to learn about the team, and I hope our paths cross again.\n\nBest wishes,\n{name}',
  },
  {
    id: 'salary-fix',
    title: 'Thank-you that corrects a low salary number',
    when: 'Only if the number you said is below your floor. If it’s low but above your floor, you could leave it and aim higher when an offer comes.',
    risk: 'The caller may have passed your first number on already. A higher number now can look like you’re moving the goalposts, and if it’s above their budget they may stop the process. Give a reason, give a range, and don’t apologize at length.',
    guide: '/guides/salary-expectations/#fix-a-low-number-you-said',
    spoken: false,
    subject: 'Thank you, {role} call',
    body: 'Hi {caller},\n\nThank you for talking with me on {callDate} about the {role} role at {company}.\n\nOne more thing: since we spoke, I’ve looked at pay data for this role in [city]. For this job, I’d be looking for [$X] to [$Y]. I’m still very keen on the role, and happy to talk it through.\n\nThanks,\n{name}',
  },
];

const SLOT = /\{(name|company|role|caller|callDate)\}/g;

/** Fills a template's slots with the details; a blank or missing detail leaves its visible placeholder. */
export function fillTemplate(text: string, details: Partial<MessageDetails>): string {
  return text.replace(SLOT, (_match, key: keyof MessageDetails) => {
    const value = details[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : PLACEHOLDERS[key];
  });
}

/** A mailto: link that opens the reader's own mail app with the message; nothing is sent by the site. */
export function mailtoLink(subject: string, body: string): string {
  const params = [subject === '' ? '' : `subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body)}`].filter(Boolean).join('&');
  return `mailto:?${params}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The prep sheet's fields a message uses (a structural subset of PrepRecord, so this file needs no prep code). */
export interface PrepDetails {
  company: string;
  role: string;
  callerName: string;
  date: string;
}

/**
 * The details for messages from the prep sheet and the story bank's name. A call date the date parser reads
 * is written out the American way ("December 3, 2026"); one it can't read is used as typed.
 */
export function detailsFrom(
  prep: PrepDetails | null,
  name: string,
  parseDate: (text: string) => { ok: true; value: { year: number; month: number; day: number } } | { ok: false },
): MessageDetails {
  const typedDate = prep?.date.trim() ?? '';
  const parsed = typedDate === '' ? null : parseDate(typedDate);
  const callDate = parsed?.ok ? `${MONTHS[parsed.value.month - 1]} ${parsed.value.day}, ${parsed.value.year}` : typedDate;
  return { name: name.trim(), company: prep?.company.trim() ?? '', role: prep?.role.trim() ?? '', caller: prep?.callerName.trim() ?? '', callDate };
}
