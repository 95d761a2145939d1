// Every reason a partner's file was not applied, one per line: where to look in the file (in the
// person's language) and what is wrong there (the engine's sentence, in English).
import { InvalidIcon } from '../shell/icons'
import { useT } from '../settings/SettingsContext'
import { issueWhere, type IssueLine } from './issues'

export function IssueList({ issues, testId }: { issues: readonly IssueLine[]; testId?: string }) {
  const t = useT()
  return (
    <ol className="issue-list" data-testid={testId}>
      {issues.map((issue, i) => {
        const where = issueWhere(issue, t)
        return (
          <li key={i} className="issue">
            <InvalidIcon size={22} />
            <span>
              {where && <strong className="issue-where">{where} </strong>}
              <span lang="en">{issue.message}</span>
            </span>
          </li>
        )
      })}
    </ol>
  )
}
