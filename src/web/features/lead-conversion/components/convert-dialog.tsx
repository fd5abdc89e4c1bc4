import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { Modal } from '@/shared/ui/modal'
import { ErrorState, Loading } from '@/shared/ui/states'
import { type ConversionPlan, useConversionPlan } from '../api/conversion-plan'
import { useConvertLead } from '../api/convert-lead'
import { partOptions, plannedValue, toChoice } from '../model/part-options'
import { PartChoiceField } from './part-choice'

const PLACED = ['company', 'name', 'amount', 'close_date']

interface ConvertDialogProps {
  leadId: string
  onClose: () => void
}

interface FormProps extends ConvertDialogProps {
  plan: ConversionPlan
}

function ConvertForm({ leadId, plan, onClose }: FormProps) {
  const navigate = useNavigate()
  // The dialog closes as the lead turns converted: go on to the contact.
  const convert = useConvertLead(leadId, (made) =>
    navigate(`/contacts/${made.contact.id}`),
  )
  const [account, setAccount] = useState(plannedValue(plan.account))
  const [contact, setContact] = useState(plannedValue(plan.contact))
  const [withDeal, setWithDeal] = useState(false)
  const [name, setName] = useState(String(plan.opportunity.name ?? ''))
  const [amount, setAmount] = useState('')
  const [closeDate, setCloseDate] = useState('')
  const errors = formErrors(convert.error, PLACED)
  const company = plan.account.values?.name

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    const opportunity = withDeal
      ? {
          name,
          ...(amount && { amount }),
          ...(closeDate && { close_date: closeDate }),
        }
      : null
    convert.mutate({
      account: toChoice(account),
      contact: toChoice(contact),
      opportunity,
    })
  }

  return (
    <form className="record-form" aria-label="Convert lead" onSubmit={onSubmit}>
      <PartChoiceField
        name="account"
        legend="Account"
        options={partOptions(
          plan.account,
          company
            ? `Start a new account, ${String(company)}`
            : 'Start a new account',
          'No account',
        )}
        value={account}
        onChange={setAccount}
        error={errors.of('company')}
      />
      <PartChoiceField
        name="contact"
        legend="Contact"
        options={partOptions(
          plan.contact,
          'Create a new contact from the lead',
        )}
        value={contact}
        onChange={setContact}
      />
      <fieldset className="conversion-part">
        <legend>Opportunity</legend>
        <label className="conversion-option">
          <input
            type="checkbox"
            name="withDeal"
            checked={withDeal}
            onChange={(event) => setWithDeal(event.target.checked)}
          />
          <span>Also open an opportunity</span>
        </label>
        {withDeal && (
          <div className="form-grid conversion-deal">
            <FormRow label="Name" error={errors.of('name')} wide>
              <input
                id="conversion-deal-name"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            </FormRow>
            <FormRow label="Amount" error={errors.of('amount')}>
              <input
                id="conversion-deal-amount"
                inputMode="decimal"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
            </FormRow>
            <FormRow label="Close date" error={errors.of('close_date')}>
              <input
                id="conversion-deal-close"
                type="date"
                value={closeDate}
                onChange={(event) => setCloseDate(event.target.value)}
              />
            </FormRow>
          </div>
        )}
      </fieldset>
      {errors.rest.map((message) => (
        <p key={message} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <footer className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={convert.isPending}
        >
          {convert.isPending ? 'Converting…' : 'Convert'}
        </button>
      </footer>
    </form>
  )
}

/** Asks which account and contact the lead becomes, and converts it. */
export function ConvertDialog({ leadId, onClose }: ConvertDialogProps) {
  const plan = useConversionPlan(leadId, true)
  return (
    <Modal title="Convert lead" onClose={onClose}>
      {plan.isPending && <Loading />}
      {plan.error && <ErrorState error={plan.error} />}
      {plan.data && (
        <ConvertForm leadId={leadId} plan={plan.data} onClose={onClose} />
      )}
    </Modal>
  )
}
