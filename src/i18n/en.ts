import type { ShellStrings } from './index.ts';

/**
 * The small English section Decree 42/2022 asks of government portals (about, organisation, contacts).
 * Only the shell strings those pages need are translated.
 */
export const en = {
  site: {
    portalName: 'Transparency portal',
    skipToContent: 'Skip to main content',
    mainNavLabel: 'Main navigation',
    breadcrumbLabel: 'Breadcrumb',
    home: 'Home',
    menu: 'Menu',
    sampleData: 'Sample data',
    sampleDataNotice:
      'This page contains sample data (names, phone numbers, figures) to show how the portal works. Do not use it for contact or as a reference.',
    demoLabel: 'Demonstration',
    demoBanner:
      'This portal uses sample data (names, phone numbers, document numbers, figures) to show how it works. Do not use it for contact or as a reference.',
    sampleCalendar: 'Sample data: this calendar shows how the portal works; it is not a real reception schedule.',
    lastUpdated: 'Last updated',
    issuedBy: 'Issuing authority',
    englishLink: 'English',
    vietnameseLink: 'Tiếng Việt',
  },
  nav: {
    plan: 'Plans',
    disclosures: 'Disclosures',
    reception: 'Citizen reception',
    procedures: 'Procedures',
    forms: 'Forms',
    search: 'Search',
  },
  footer: {
    contactHeading: 'Contact',
    address: 'Address',
    hotline: 'Hotline',
    phone: 'Phone',
    email: 'Email',
    workingHours: 'Office hours',
    aboutLinks: 'About this portal',
    accessibility: 'Accessibility statement (Vietnamese)',
    privacy: 'Personal data notice (Vietnamese)',
    about: 'About',
    organisation: 'Organisation',
    areas: 'Wards and communes',
    contact: 'Contact',
    operatedBy: 'Operated by',
    openSource: 'Built with an open-source toolkit.',
    openData: 'Open data',
    catalogue: 'What we must publish',
    accessToInformation: 'Requesting information',
    questions: 'Questions and answers',
    papi: 'PAPI index',
  },
} satisfies ShellStrings;
