// The demo company's price list. Codes read family, product, number, so a
// quote line can be told apart at a glance.
export const DEMO_PRODUCTS = [
  {
    name: 'Rapport Cloud seat',
    code: 'SUB-SEAT-001',
    family: 'Subscription',
    price: '1200.00',
    description: 'One named user of Rapport Cloud for a year.',
  },
  {
    name: 'Analytics add-on',
    code: 'SUB-ANLY-002',
    family: 'Subscription',
    price: '450.00',
    description: 'Forecast and pipeline dashboards, per seat and year.',
  },
  {
    name: 'Onboarding package',
    code: 'SVC-ONBD-003',
    family: 'Services',
    price: '8500.00',
    description: 'Six weeks of guided set-up, ending in a go-live review.',
  },
  {
    name: 'Premium support',
    code: 'SUP-PREM-004',
    family: 'Support',
    price: '3000.00',
    description: 'Answers within four business hours and a named engineer.',
  },
  {
    name: 'Data migration',
    code: 'SVC-MIGR-005',
    family: 'Services',
    price: '12000.00',
    description: 'Accounts, contacts and deal history moved from one system.',
  },
  {
    name: 'Training day',
    code: 'SVC-TRNG-006',
    family: 'Services',
    price: '1800.00',
    description: 'A day of hands-on training for up to twelve people.',
  },
]
