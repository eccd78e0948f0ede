"""Plain-language search terms: the content-word stems of a question, synonyms folded.

Questions are compared by meaning-bearing stems, with the product's many names
for the same thing folded together (see match/symptoms.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .normalize import QUOTES, WORD, fold

_SYNONYMS = {
    "e-mail": "email", "emails": "email", "mail": "email", "mails": "email", "mailing": "email", "mailings": "email",
    "message": "email", "messages": "email",
    "synchronize": "sync", "synchronise": "sync", "synchronization": "sync", "synchronisation": "sync",
    "synchronizing": "sync", "synchronising": "sync", "synchronized": "sync", "synchronised": "sync",
    "syncing": "sync", "synced": "sync", "syncs": "sync", "sss": "sync",
    "on-prem": "onprem", "on-premises": "onprem", "on-premise": "onprem", "premises": "onprem", "prem": "onprem",
    "o365": "m365", "office": "m365", "365": "m365", "microsoft": "m365",
    "crm": "dynamics", "d365": "dynamics", "dataverse": "dynamics", "app": "dynamics", "application": "dynamics",
    # Apps in the plural are applications of any kind ("less secure apps"), not slips of "appts".
    "apps": "applic",
    "cert": "certificat", "certs": "certificat", "creds": "credential", "pw": "password", "pwd": "password",
    "perms": "permission", "mbx": "mailbox", "srv": "server", "svr": "server", "err": "fail",
    "admin": "administrator", "admins": "administrator", "organiser": "organizer", "attendee": "invitee", "attendees": "invitee",
    "meeting": "appointment", "meetings": "appointment", "calendar": "appointment", "calendars": "appointment",
    "appt": "appointment", "appts": "appointment",
    "logs": "sign", "log": "sign", "signs": "sign",
    "mailboxes": "mailbox", "stays": "stuck", "remains": "stuck", "remain": "stuck", "stay": "stuck",
    "sit": "stuck", "sits": "stuck", "sitting": "stuck", "sat": "stuck",
    "goes": "go", "going": "go", "gone": "go", "went": "go",
    "pending": "pending", "tracked": "track", "tracking": "track", "tracks": "track",
    "direction": "direction", "incoming": "incoming", "received": "incoming", "inbound": "incoming",
    "outgoing": "outgoing", "outbound": "outgoing", "sent": "send", "sending": "send", "sends": "send",
    "mb": "megabyte", "size": "large", "big": "large", "huge": "large", "larger": "large", "bigger": "large",
    "largest": "large", "biggest": "large",
    "throttled": "limit", "throttling": "limit", "limits": "limit", "quota": "limit", "quotas": "limit",
    "retried": "retry", "retries": "retry", "retrying": "retry", "again": "repeat", "repeatedly": "repeat",
    "keeps": "repeat", "keep": "repeat", "often": "repeat", "frequently": "repeat", "constantly": "repeat",
    "repeated": "repeat", "recurring": "repeat",
    "fail": "fail", "fails": "fail", "failed": "fail", "failing": "fail", "failure": "fail", "failures": "fail",
    "error": "fail", "errors": "fail",
    "another": "different", "other": "different", "separate": "different",
    "connect": "connect", "connecting": "connect", "connection": "connect", "connections": "connect",
    "connectivity": "connect", "connected": "connect", "reach": "connect", "reachable": "connect",
    "talk": "connect", "talks": "connect", "talking": "connect", "talked": "connect",
    "supported": "support", "supports": "support", "unsupported": "support",
    # To impersonate is impersonation (one stem: "impersonat" and "imperson" were two).
    "impersonate": "imperson", "impersonates": "imperson", "impersonated": "imperson", "impersonating": "imperson",
    # What is "un-" done is not done: "undetermined" is "not determined", and "not" is a stopword.
    # Marked as something: recorded as it ("sent email marked incoming").  (Not "saved": a form, a profile is saved.)
    "marked": "record",
    "undetermined": "determin", "unapproved": "approv", "unsynced": "sync", "unsynchronized": "sync",
    "untracked": "track", "undelivered": "deliver", "unsent": "send", "unreachable": "connect",
    "verify": "test", "check": "test", "checking": "test", "tested": "test", "testing": "test", "tests": "test",
    "marketing": "mass", "campaign": "mass", "campaigns": "mass", "newsletter": "mass",
    "locate": "location", "located": "location", "locating": "location", "locations": "location",
    "auth": "authentic", "authenticate": "authentic", "authenticated": "authentic", "authenticating": "authentic",
    # Mail that arrives is received ("emails don't arrive in CRM").
    "arrive": "incoming", "arrives": "incoming", "arrived": "incoming", "arriving": "incoming",
    # An email "promoted" to Dynamics is created there as an activity: tracked, as the product's own alerts say it.
    "promote": "track", "promotes": "track", "promoted": "track", "promoting": "track", "promotion": "track",
    # What is "auto-disabled" is disabled automatically.
    "auto": "automatical",
    "rights": "permission", "privilege": "permission", "privileges": "permission",
    "mixed": "mix", "mixing": "mix", "combination": "mix", "combinations": "mix", "combine": "mix",
    "combined": "mix", "combining": "mix",
    "tls": "ssl",  # the same secure connection by its newer name
    # A mailbox "deactivated" or "turned off" (see phrase_patterns) is disabled; the targets are the stems.
    "deactivate": "disabl", "deactivates": "disabl", "deactivated": "disabl", "deactivating": "disabl",
    "reenable": "enabl", "reenables": "enabl", "reenabled": "enabl", "reactivate": "enabl", "reactivated": "enabl",
    "hang": "stuck", "hangs": "stuck", "hanging": "stuck", "hung": "stuck", "forever": "stuck",
    "reply": "email", "replies": "email", "replied": "email",
    "credentials": "credential", "ews": "exchange",  # Exchange Web Services, the protocol server-side sync speaks
    "org": "organization", "orgs": "organization", "environment": "organization", "environments": "organization",
    "instance": "organization", "instances": "organization", "sandbox": "organization", "sandboxes": "organization", "production": "organization",
    "prod": "organization", "uat": "organization", "dev": "organization",
    # An environment is "refreshed" from another: copied over it.
    # A set-up is a configuration ("Which Exchange Online setups are supported?"); the verb "set up" is two words.
    "setup": "configur", "setups": "configur", "set-up": "configur", "set-ups": "configur",
    # The noun, not the verb "set" ("the mailbox is set to synchronize with another organization").
    "settings": "setting",
    "view": "see", "viewing": "see",
    # How errors are told apart ("classified" in the rules): how the product "decides" what an error is.
    "decide": "classify", "decides": "classify", "decided": "classify", "deciding": "classify",
    "categorize": "classify", "categorizes": "classify", "categorized": "classify", "categorise": "classify",
    "categorises": "classify", "categorised": "classify",
    "refresh": "copy", "refreshes": "copy", "refreshed": "copy", "refreshing": "copy",
    "reject": "refus", "rejects": "refus", "rejected": "refus", "rejecting": "refus",
}
#: A verb said not to happen: "does not", "isn't", "never" (see the phrases of mail that does not leave or go out).
_NEGATED = r"(?:(?:does|do|did|is|are|was|were)[ \t]*(?:not|n't|nt)|not|never)"
#: How new an asker says they are, with or without a word of degree: "new", "fairly new", "still new".
_NEW = r"(?:(?:fairly|quite|pretty|very|completely|totally|relatively|still)[ \t]+)?new"
#: The product as an asker names it in passing ("CRM", "D365", "Dynamics 365"): in an asker's role or version.
_PRODUCT = r"(?:crm|d365|dynamics(?:[ \t]?365)?)"
# Phrases folded before the words are split.
@lru_cache(maxsize=1)
def phrase_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """The phrases folded before the words are split, compiled on first use: an alert pasted whole is read
    without them, and compiling these ninety patterns was a sixth of the command line's start-up."""
    return (
        # "EXO", as admins write Exchange Online.
        (re.compile(r"\bexo\b", re.I), " exchange online "),
        # A tool's name is one term: its "remote" and "connectivity" are no words of a failed connection
        # ("Unable to connect to the remote server", .NET's message for any unreachable host).
        (re.compile(r"\b(?:microsoft[ \t]+)?remote[ \t]+connectivity[ \t]+analy[sz]er\b", re.I),
         " connectivityanalyzer "),
        # The Email Router, the product's older way to process mail, is one term: a tool's name, no word of an email.
        (re.compile(r"\b(?:(?:microsoft[ \t]+)?(?:dynamics[ \t]+)?(?:crm[ \t]+)?)?e-?mail[ \t]+router\b", re.I), " emailrouter "),
        # What syncs "one way" goes in one direction only: a term, unlike the "way" of "is there a way to...".
        (re.compile(r"\bone[ \t-]+way\b", re.I), " oneway "),
        # How much a mailbox may hold is no limit of mail flow ("Mailbox size limit exceeded", "The mailbox
        # quota has been exceeded", "mailbox is full"): one term, of no rule.
        (re.compile(r"\bmailbox(?:es|'s)?[ \t]+(?:size|quota|storage)s?(?:[ \t]+(?:quota|limit)s?)?\b|\bstorage[ \t]+(?:quota|limit)s?\b|"
                    r"\bmailbox(?:es)?[ \t]+(?:is|are|was|were|gets?|got)[ \t]+full\b", re.I), " mailboxstorage "),
        # The field of a record's status: what it tells is the status ("the status reason stays Pending Send").
        (re.compile(r"\bstatus[ \t]+reasons?\b", re.I), " status "),
        (re.compile(r"\b(?:over and over|again and again|time after time|all the time|every time)\b", re.I),
         " repeatedly "),
        (re.compile(r"\b(?:second|third|fourth|fifth|[0-9]+(?:nd|rd|th))[ \t]+time\b", re.I), " repeatedly "),
        # How often, counted: "twice a week", "3 times a day", "several times per hour".
        (re.compile(r"\b(?:twice|(?:several|many|multiple|a few|[0-9]+|two|three|four|five) times)\s+(?:a|an|per|each|every)\s+"
                    r"(?:hour|day|week|month)\b", re.I), " repeatedly "),
        (re.compile(r"\b(?:turn|switch|shut)(?:s|ed|es|ing)?\s+(?:(?:itself|themselves|it|them)\s+)?off\b", re.I),
         " disabled "),
        # ...and with what is turned off in between ("turns the queue mailbox off"): the verb says it, "off" is a stopword.
        (re.compile(r"\b(?:turn|switch|shut)(?:s|ed|es|ing)?(?=(?:\s+\S+){1,3}?\s+off\b)", re.I), " disabled "),
        # What "flips back to disabled" or "reverts to disabled" is so again: back in a state it was in before.
        (re.compile(r"\b(?:(?:go(?:es)?|went|gone|going|flip(?:s|ped|ping)?|switch(?:es|ed|ing)?|fall(?:s|ing)?|fell|"
                    r"change(?:s|d)?|changing|get(?:s|ting)?|got|set(?:s|ting)?)[ \t]+back|revert(?:s|ed|ing)?(?:[ \t]+back)?)"
                    r"[ \t]+(?:to|into)(?:[ \t]+being)?\b", re.I), " repeatedly "),
        # What "won't stay enabled" is turned off again and again: not "stuck", as "stays pending send" is.
        (re.compile(r"\b(?:won't|wont|will not|doesn't|doesnt|does not|don't|dont|do not|never|can't|cant|cannot|"
                    r"can not)\s+(?:seem\s+to\s+)?(?:stay|remain)\s+(?:enabled|active|on|activated|turned on|switched on)\b",
                    re.I), " disabled repeatedly "),
        # "ACT" is the product's short name for appointments, contacts and tasks ("ACT sync", "synchronization of ACT").
        (re.compile(r"\bACT(?=[ \t-]+(?:sync(?:s|ed|ing)?|synchroni[sz]ation|synchroni[sz]ing|items?)\b)", re.I),
         " appointments contacts tasks "),
        (re.compile(r"\b((?:sync|synchroni[sz]ation)[ \t]+of[ \t]+)ACT\b", re.I), r"\g<1>appointments contacts tasks"),
        # The app in a browser is the product ("the web client", "the unified interface"); Outlook's is Outlook.
        (re.compile(r"(?<!outlook[ \t])\b(?:legacy[ \t]+)?web[ \t]+(?:client|app|application|interface|ui)\b|"
                    r"\bunified[ \t]+interface\b", re.I), " dynamics "),
        # A bare "rate limit" is any service's throttling ("Rate limit is exceeded. Try again in 26 seconds."); Exchange's
        # are the message rate and the recipient rate, named so.  It is read as a limit, of no rate.
        (re.compile(r"(?<!recipient[ \t])(?<!message[ \t])(?<!messages[ \t])(?<!sending[ \t])(?<!mail[ \t])(?<!email[ \t])"
                    r"\brate(?=[ \t-]+limit)", re.I), " "),
        # What "isn't present" is missing ("the Organizer field isn't present on the form").
        (re.compile(r"\b(?:isn't|is[ \t]+not|aren't|are[ \t]+not|wasn't|was[ \t]+not|weren't|were[ \t]+not|not|no[ \t]+longer)"
                    r"[ \t]+(?:be[ \t]+)?present\b", re.I), " missing "),
        # "At least" only measures ("at least twice a day").
        (re.compile(r"\bat[ \t]+least\b", re.I), " "),
        # What "counts as" a thing is taken for it ("what counts as a permanent error?"): no count of anything.
        (re.compile(r"\bcount(?:s|ed)?[ \t]+as\b", re.I), " "),
        # What comes with the product as it is ("any out-of-the-box monitoring?", "OOTB"): no subject of its own.
        (re.compile(r"\bout[ \t-]+of[ \t-]+the[ \t-]+box\b|\bootb\b", re.I), " "),
        # What is "pending approval" waits to be approved: no email pending send ("all new mailboxes are stuck because of
        # pending approval").
        (re.compile(r"\b(?:pending|awaiting)[ \t]+(?=approvals?\b)|(?<=\bapproval)[ \t]+pending\b", re.I), " "),
        # To "keep an eye on" a thing is to monitor it; not "keeps" doing it again.
        (re.compile(r"\bkeep(?:s|ing)?[ \t]+(?:an?[ \t]+)?(?:close[ \t]+)?eyes?[ \t]+on\b", re.I), " monitor "),
        # What "has to be" done is not done yet, as what "needs to be" (see symptoms.TROUBLE_WORDS); stopwords both.
        (re.compile(r"\b(?:has|have|had)[ \t]+to[ \t]+be\b", re.I), " needs to be "),
        # "Logged" in or on is signed in ("users who never logged in"); logged otherwise is recorded ("logged as incoming"),
        # but for a ticket logged with Microsoft, which is what the asker did about it (see below).
        (re.compile(r"\blogged(?=[ \t]+(?:in|on|into)\b)", re.I), " signed "),
        (re.compile(r"\blogged\b(?![ \t]+an?[ \t]+(?:support[ \t]+)?(?:case|ticket|request)\b)", re.I), " recorded "),
        # To check which or where is to see ("a place to check which mailboxes are failing"): no test of a mailbox.  (To
        # check whether or if something works is to test it.)
        (re.compile(r"\bcheck(?:s|ed|ing)?(?=[ \t]+(?:which|what|where|who|how)\b)", re.I), " see "),
        # Mail "not delivered" is undelivered, one term; mail delivered says it went well, no term (see SEARCH_STOPWORDS):
        # "Sent emails were delivered but show up as incoming" is no mail that never arrives.  The words before it stay
        # ("can't be undelivered because...": a system's passive still reads as one, see symptoms.reads_as_a_system).
        (re.compile(r"\b(not|never|isn't|wasn't|weren't|aren't|hasn't|haven't|didn't|don't|doesn't|won't|can't|cannot|"
                    r"couldn't)([ \t]+(?:(?:been|be|being|yet|get|got)[ \t]+)?)delivered\b", re.I), r"\g<1>\g<2>undelivered"),
        # The Gmail domain alone is Gmail ("a gmail.com mailbox"); not inside an address.
        (re.compile(r"(?<![@.\w])gmail\.com\b", re.I), " gmail "),
        # Google's business mail by its names ("Google Workspace", "G Suite", "Google Apps") is Gmail, as the rules name it.
        (re.compile(r"\bgoogle[ \t]+(?:workspace|apps)\b|\bg[ \t-]?suite\b", re.I), " gmail "),
        # To "figure out" or "work out" where a thing is is to determine it ("sync can't figure out where the mailbox is");
        # not how to do something ("can't figure out how to approve"), which is no location that can't be determined.
        (re.compile(r"\b(?:figur(?:e|es|ed|ing)|work(?:s|ed|ing)?)[ \t]+out(?=[ \t]+where\b)", re.I), " determine "),
        # Where a record's activities are seen ("on the contact's timeline", "in the timeline"): where, not what; its
        # "contact" is no contact that server-side sync synchronizes.
        (re.compile(r"\b(?:on|in)[ \t]+(?:the|a|their|our|my)[ \t]+(?:(?:contact|account|lead|case|opportunity|record|customer)(?:'s)?"
                    r"[ \t]+)?(?:timeline|activity[ \t]+(?:wall|feed))\b", re.I), " "),
        # "Out of office" is a person's absence (automatic replies), not Office 365.
        (re.compile(r"\bout[ \t-]+of[ \t-]+(?:the[ \t-]+)?office\b", re.I), " absence "),
        # Not enough of something is too little of it ("not enough permission", "lacks rights").
        (re.compile(r"\b(?:not enough|too few|too little|lack(?:s|ed|ing)?(?:\s+of)?)\b", re.I), " insufficient "),
        # Bulk email is mass email; "bulk approve", "in bulk" is many at once, no subject (see EVERYDAY_WORDS).
        (re.compile(r"\bbulk(?=[ \t-]+(?:e-?mails?|mail\w*|messages?|send\w*)\b)", re.I), " mass "),
        # Something that "stopped working", "isn't working", "won't work" or, as a title says it, is "not working" fails.
        (re.compile(r"\b(?:stop(?:s|ped|ping)?\s+working|(?:(?:(?:is|are|was|were|does|do|did|will|would)\s+)?not|"
                    r"(?:is|are|was|were|does|do|did|wo|would)(?:n't|nt))(?:\s+seem\s+to)?\s+work(?:s|ing)?(?!\s+out\b)|"
                    r"broken)\b", re.I), " fails "),
        # Server-side sync however it is written: joined, "syncing", or with a slip ("sever-side",
        # "servver side", "syncronization", "sycnhronization": an "s" and a "y" or "n" start them all).
        (re.compile(r"\bs[a-z]{2,6}r[- ]?side[- ]?s[yn][a-z]*\b", re.I), " sss "),
        # A support queue, team or desk is a department's name, not "supported" ("the support queue mailbox").
        (re.compile(r"\b(?:customer\s+)?support(?=\s+(?:queues?|teams?|desks?|mailbox(?:es)?|agents?|staff|engineers?)\b)", re.I), " "),
        # "No longer" is "not anymore"; and what is "not valid" (or "no longer valid") is wrong.
        (re.compile(r"\b(?:(?:is|are|was|were)\s*n[o']?t|not|no\s+longer)\s+valid\b", re.I), " wrong "),
        # The wrong organization, environment or tenant is another one ("the mailbox syncs to the wrong environment"),
        # as a wrong password is no other password.
        (re.compile(r"\bwrong[ \t]+(?=(?:orgs?|organi[sz]ations?|environments?|instances?|tenants?|sandbox(?:es)?)\b)", re.I),
         "different "),
        (re.compile(r"\bno\s+longer\b", re.I), " anymore "),
        # A mailbox disabled or enabled "for email processing" is disabled or enabled: the product's name for a mailbox's
        # whole mail handling, no problem of processing.
        (re.compile(r"\bfor[ \t]+e-?mail[ \t]+processing\b", re.I), " "),
        # How one asks where a thing is ("How do I find all mailboxes with sync errors?", "where can I find the
        # dashboard"): what is looked for is the subject, not a thing that can't be found ("autodiscover can't find
        # the mailbox").
        (re.compile(r"\b(?:how|where)[ \t]+(?:do|can|could|should|would|will)[ \t]+(?:i|we|you|one)[ \t]+find(?:[ \t]+out)?\b",
                    re.I), " "),
        # Mail that does not leave is not sent ("emails never leave Dynamics", "outgoing email not leaving the outbox").
        (re.compile(rf"\b{_NEGATED}[ \t]+leav(?:e|es|ing)\b", re.I), " not sent "),
        # Mail that is not sent is undelivered: the words of a sent email ("sent email shows as incoming") without the "not".
        (re.compile(rf"\b(?:{_NEGATED}[ \t]+(?:(?:being|getting|get|gets)[ \t]+)?sent|unsent)\b", re.I), " not sent undelivered "),
        # ...and mail that never goes out, or of which nothing goes out, is undelivered ("Send works but nothing goes out").
        (re.compile(rf"\b(?:nothing|{_NEGATED}(?:[ \t]+\w+)?)[ \t]+(?:go(?:es|ing)?|went|gets?[ \t]+sent)[ \t]+out\b", re.I),
         " undelivered "),
        # What never became an activity or a record was not created as one ("a 160 MB email never became an activity").
        (re.compile(r"\b(?:became|become|becomes|becoming|turn(?:s|ed|ing)?[ \t]+into|convert(?:s|ed|ing)?[ \t]+(?:in)?to)"
                    r"(?=[ \t]+(?:an?[ \t]+)?(?:e-?mail[ \t]+)?(?:activity|activities|record|records)\b)", re.I), " created as "),
        # How long it lasted ("after an hour", "for hours", "within 5 minutes"): when, not what.
        (re.compile(r"\b(?:after|for|within)[ \t]+(?:(?:an?|one|two|three|several|a[ \t]+few|a[ \t]+couple[ \t]+of|many|[0-9]+)"
                    r"[ \t]+)?(?:minutes?|hours?|days?|weeks?)\b", re.I), " "),
        # Filler of a question told as a story.
        (re.compile(r"\b(?:what(?:'s| is) )?going on\b", re.I), " "),
        # How a ticket or a mail frames its problem: a greeting ("Good afternoon team,", "Dear support,"), a sign-off
        # with a name at the very end ("BR, Tom", "Cheers, Raj"), how urgent it is ("P1 production incident",
        # "Severity 2", "Priority: High", "business-critical", "blocking go-live"), its number ("INC0012345"), its
        # fields ("Environment: Production (EU)", "Impact: all sales reps"), the files it carries ("screenshot.png"),
        # and the offer or request around it ("screenshots attached", "let me know if you need more details", "we can
        # provide logs if needed", "next steps").
        (re.compile(r"(?:^|(?<=[.!?;]))[ \t]*(?:hi|hiya|hello|hey|howdy|dear|greetings|(?:good[ \t]+)?(?:morning|afternoon|evening)|"
                    r"good[ \t]+day)(?:[ \t]+(?:all|everyone|everybody|folks|guys|team|there|support|sir|madam|colleagues)){0,2}"
                    r"[ \t]*(?:[,!:]|[-\u2013\u2014][ \t])", re.I), " "),
        (re.compile(r"\b(?:br|kr|cheers|regards|thanks|thx|ta|best|(?:kind|warm|best)[ \t]+regards|best[ \t]+wishes|thank[ \t]+you|"
                    r"many[ \t]+thanks)(?:[ \t]*[,\-][ \t]*[^ \t.!?;,]+(?:[ \t]+[^ \t.!?;,]+){0,4}|[ \t]*[.!]?[ \t]+[^ \t.!?;,]+"
                    r"(?:[ \t]+[^ \t.!?;,]+)?)[ \t]*[.!]?[ \t]*$", re.I), " "),
        (re.compile(r"\b(?:priority|severity|sev|impact|urgency)[ \t]*[:=\-]?[ \t]*(?:p?[0-4]|[a-d]|high|medium|low|critical|"
                    r"urgent|blocker)\b|\b(?:p[0-4]|sev[ \t]?[a-d0-4])\b|\b(?:very[ \t]+|top[ \t]+)?(?:high|highest|low|medium|top)"
                    r"[ \t]+priority\b|\b(?:business|mission)[ \t-]+critical\b", re.I), " "),
        (re.compile(r"\b(?:production|prod|major|critical)[ \t]+(?:incident|outage|issue|problem|emergency)\b|"
                    r"\bblocking[ \t]+(?:our[ \t]+|the[ \t]+)?(?:go[ \t-]?live|launch|release|roll-?out|cut-?over|project)\b|"
                    r"\bgo[ \t-]?live\b|\b[a-z]{2,4}-?[0-9]{5,}\b", re.I), " "),
        (re.compile(r"\b[A-Za-z0-9_-]+\.(?:png|jpe?g|gif|bmp|pdf|docx?|xlsx?|txt|log|zip|har|msg|eml)\b", re.I), " "),
        (re.compile(r"\benvironment[ \t]*:[ \t]*(?:prod(?:uction)?|uat|test|dev(?:elopment)?|sandbox|staging|live|pre-?prod)\b"
                    r"(?:[ \t]*\([^()]{1,20}\))?|\b(?:impact|affected|scope|attached|attachments?)[ \t]*:[^.!?;]{0,60}", re.I), " "),
        # ...who reported it and how the mail came ("reported by 3 users", "as discussed on the call", "following up on my
        # earlier email", "Sent from Outlook for iOS").
        (re.compile(r"\b(?:reported|raised|seen|noticed)[ \t]+by[ \t]+(?:[0-9]+|several|many|multiple|a[ \t]+few|some|all|two|three)"
                    r"[ \t]+(?:users?|people|agents|colleagues)\b|\bas[ \t]+discussed(?:[ \t]+(?:on|in|during)[ \t]+(?:the|our|today's|"
                    r"yesterday's)[ \t]+(?:call|meeting|chat|email|thread))?\b|\bfollowing[ \t]+up[ \t]+on[ \t]+(?:my|our|the)[ \t]+"
                    r"(?:earlier|previous|last)[ \t]+(?:email|e-mail|mail|message|ticket|call)\b|"
                    r"\b(?:ticket|case|request)[ \t]+(?:raised|opened|logged|submitted)[ \t]+by[ \t]+(?:the[ \t]+)?[^ \t.!?;,]+"
                    r"(?:[ \t]+(?:department|dept|team))?\b|\b(?:logs?|screen[ \t]?shots?|traces?|details)[ \t]+(?:are[ \t]+)?available"
                    r"[ \t]+(?:on|upon)[ \t]+request\b|\b(?:waiting|looking[ \t]+forward)[ \t]+(?:for|to)[ \t]+(?:your|a)[ \t]+"
                    r"(?:reply|response|answer|feedback)\b|\b(?:also[ \t]+)?(?:posted|asked|raised)[ \t]+(?:this|it)[ \t]+(?:on|in)"
                    r"[ \t]+(?:the[ \t]+)?(?:community|forums?|tech[ \t]?community|reddit)(?:[ \t]+forums?)?(?:[ \t]+as[ \t]+well|[ \t]+too)?\b",
                    re.I), " "),
        # A log is where the asker saw something ("the log says...", "in the event logs"; after the
        # phrases that name a log as such: "logs available on request", "trace.log"), not the signing in that "logs in"
        # or "log on" is.
        (re.compile(r"\blogs?\b(?![ \t]+(?:in|on|into|out|off)\b)", re.I), " "),
        # A mail app's sign-off ("Sent from my iPhone", "-- sent from my phone"): after a mark, or as the app writes it
        # (after the text's last word, the line break gone); not the words of a sentence ("an email I sent from Outlook",
        # "emails sent from outlook are tracked as incoming").  The second is case-sensitive: the site's port reads
        # each phrase with its own flags.
        (re.compile(r"(?<=[.!?;:,\-])[ \t]*sent[ \t]+from[ \t]+(?:my[ \t]+)?(?:outlook|iphone|ipad|android|mobile|phone|"
                    r"samsung(?:[ \t]+galaxy)?|galaxy)(?:[ \t]+for[ \t]+(?:ios|android))?\b", re.I), " "),
        (re.compile(r"(?<![A-Za-z0-9_'])(?<!\bI )Sent[ \t]+from[ \t]+(?:my[ \t]+)?(?:Outlook|iPhone|iPad|Android|mobile|phone|"
                    r"Samsung(?:[ \t]+Galaxy)?|Galaxy)(?:[ \t]+(?:for[ \t]+(?:iOS|Android)|smartphone))?\b"), " "),
        # An apology for the writing ("excuse typos", "sorry for my English", "pardon the brevity"): about the text, not
        # the problem.
        (re.compile(r"\b(?:please[ \t]+)?(?:excuse|pardon|(?:sorry|sry|soz)[ \t]+(?:for|about))[ \t]+(?:the[ \t]+|any[ \t]+|my[ \t]+|all[ \t]+"
                    r"the[ \t]+)?(?:bad[ \t]+|poor[ \t]+)?(?:typos?|spelling|grammar|english|brevity|formatting)\b", re.I), " "),
        # How the asker stands to a forum ("long time reader, first post", "first time poster", "sorry, long time no
        # post", "throwaway account", "newbie admin here", "not sure if this is the right forum, but"): about the asker,
        # not the problem.
        (re.compile(r"\blong[ \t-]*time[ \t]+(?:reader|lurker|listener)\b|\bfirst[ \t]+(?:time[ \t]+)?post(?:er|ing)?"
                    r"(?:[ \t]+here)?\b|\blong[ \t]+time[ \t]+no[ \t]+(?:post|see|talk)\b|\b(?:throw-?away|burner)[ \t]+account\b|"
                    r"\b(?:(?:newbie|noob|newb)(?:[ \t]+(?:admin|administrator))?|(?:new|junior|accidental)[ \t]+(?:admin|administrator))"
                    r"[ \t]+here\b(?:[ \t]*[,:])?|\bnot[ \t]+sure[ \t]+if[ \t]+this[ \t]+is[ \t]+the[ \t]+right[ \t]+(?:place|forum|board|"
                    r"sub|group|channel)\b(?:[ \t]*,?[ \t]*but\b)?", re.I), " "),
        # How the asker sums up ("Long story short:", "TL;DR", "in a nutshell"): a story's marker, not its words.
        (re.compile(r"\b(?:(?:to[ \t]+)?(?:make|cut)[ \t]+a[ \t]+)?long[ \t]+story[ \t]+short\b(?:[ \t]*[,:])?|\btl;?[ \t]?dr\b|"
                    r"\bin[ \t]+(?:a[ \t]+nutshell|short)\b(?![ \t]+supply)(?:[ \t]*[,:])?", re.I), " "),
        # The asker's role ("As a new CRM admin,", "Fairly new to the admin role."): who asks, not what.
        # (Not "as a system or global administrator": who may approve an address is what two rules tell apart.)
        (re.compile(rf"\bas[ \t]+an?[ \t]+(?:(?:new|junior|accidental|first-?time)[ \t]+(?:(?:{_PRODUCT}|it)[ \t]+)?|"
                    rf"{_PRODUCT}[ \t]+)(?:admin|administrator|sysadmin)\b(?:[ \t]*[,:])?|"
                    rf"\b{_NEW}[ \t]+to[ \t]+(?:the|my|this)[ \t]+"
                    r"(?:admin|administrator|sysadmin|it)[ \t]+(?:role|job|position|team)\b", re.I), " "),
        # How widely, said in a sentence of its own ("This affects about 50 users.", "Each user is affected.", "Other
        # mailboxes work fine."): how many, not what.
        (re.compile(r"\b(?:this[ \t]+|it[ \t]+)?(?:affects|affecting|impacts|impacting)[ \t]+(?:(?:about|approx\.?|approximately|"
                    r"around|roughly|over|more[ \t]+than|all|some|several|many|most|a[ \t]+few)[ \t]+)?(?:[0-9]+[ \t]+)?(?:of[ \t]+"
                    r"(?:our|the)[ \t]+)?(?:users?|people|agents|colleagues)\b(?:[ \t]+in[ \t]+the[ \t]+[^ \t.!?;,]+(?:[ \t]+[^ \t.!?;,]+)?)?|"
                    r"\b(?:each|every|all(?:[ \t]+(?:of[ \t]+)?(?:our|the))?)[ \t]+(?:users?|people|agents|colleagues)[ \t]+(?:is|are|"
                    r"seem[ \t]+to[ \t]+be|seems[ \t]+to[ \t]+be)[ \t]+affected\b|"
                    r"\b(?:the[ \t]+|all[ \t]+)?other[ \t]+(?:mailboxes|users|queues|people)[ \t]+(?:work|are|seem)[ \t]+(?:fine|ok|okay|"
                    r"normally|as[ \t]+expected)\b", re.I), " "),
        # What is or can't be attached, and offers of more ("see the attached screenshot", "can't share screenshots due
        # to policy", "let me know if you need more details"): about the ticket, not the problem.
        (re.compile(r"\b(?:can'?t|cannot|can[ \t]+not|unable[ \t]+to)[ \t]+(?:share|send|attach|provide)[ \t]+(?:any[ \t]+)?"
                    r"(?:screen[ \t]?shots?|images?|logs?)(?:[ \t]+(?:due[ \t]+to|because[ \t]+of)[ \t]+(?:company[ \t]+|our[ \t]+)?"
                    r"(?:security[ \t]+)?polic(?:y|ies))?|"
                    r"\b(?:see|check)[ \t]+(?:the[ \t]+)?(?:attached[ \t]+)?(?:screen[ \t]?shots?|images?|pictures?|logs?)\b|"
                    r"\b(?:screen[ \t]?shots?|images?|logs?|traces?)(?:[ \t]+and[ \t]+(?:screen[ \t]?shots?|images?|logs?|traces?))?"
                    r"[ \t]+(?:are[ \t]+|is[ \t]+)?attached\b|"
                    r"\blet[ \t]+(?:me|us)[ \t]+know[ \t]+if[ \t]+(?:you[ \t]+)?(?:need|require|want)[^.!?;]{0,40}|"
                    r"\b(?:(?:we|i)[ \t]+(?:can|could|will|am|are)[ \t]+)?(?:happy[ \t]+to[ \t]+)?(?:provide|share|send)[ \t]+"
                    r"(?:the[ \t]+|more[ \t]+|any[ \t]+)?(?:logs?|screen[ \t]?shots?|details|information|info|traces?)"
                    r"(?:[ \t]+if[ \t]+(?:needed|required|necessary))?\b|\bnext[ \t]+steps?\b", re.I), " "),
        # How a question is signed off, not what it is about.
        (re.compile(r"\b(?:thanks|thank you)(?:\s+(?:in advance|a lot|so much))?\b|\bany (?:help|ideas?|hints?|suggestions?|"
                    r"advice)(?: (?:is|would be))?(?: (?:much )?(?:appreciated|welcome))?\b|\b(?:kind |best )?regards\b", re.I),
         " "),
        # How a post labels a part of itself ("Quick question:", "EDIT:", "Update:", "P.S.", "Ticket summary:"), and who is
        # quoted ("Customer says:"): not what the problem is.
        (re.compile(r"\b(?:(?:quick|short|general|another)[ \t]+(?:question|one)|edit(?:ed)?|update[ds]?|fyi|note|context|"
                    r"(?:(?:ticket|case|incident|issue|problem)[ \t]+)?(?:summary|description|title|subject)|"
                    r"background|(?:the[ \t]+)?(?:customer|client|user|end[ \t-]?user)s?[ \t]+(?:says?|reports?|writes?))[ \t]*:"
                    r"|\bp\.[ \t]?s\.(?![A-Za-z0-9])", re.I), " "),
        # ...and a ticket's frame at its start, who tells of the problem and that they tell it ("User reports that",
        # "The customer says", "Sales rep noticed"): the problem is what follows, not a user of any rule's words.
        (re.compile(r"^[ \t]*(?:(?:the|our|my|a|an|one|some|several)[ \t]+)?(?:(?:end|sales|service|support|help[ \t-]?desk|"
                    r"field|it)[ \t-]+)?(?:users?|customers?|clients?|admins?|administrators?|reps?|agents?|requesters?|"
                    r"callers?|managers?|colleagues?|staff|technicians?)[ \t]+(?:reports?|reported|says|said|states|stated|"
                    r"mentions|mentioned|complains|complained|noticed|notices|claims|claimed|(?:tells|told|informs|informed)"
                    r"[ \t]+us|writes|wrote)(?:[ \t]+that)?\b", re.I), " "),
        # Which of the product's apps the asker uses ("Dynamics 365 Sales", "D365 Customer Service Hub"): context.
        (re.compile(r"\b(?:dynamics[ \t]?365|d365|dynamics[ \t]+crm|crm)[ \t]+(?:for[ \t]+)?(?:sales|customer[ \t]+service|field[ \t]+service|ce|customer[ \t]+engagement|"
                    r"customer[ \t]+insights|project[ \t]+operations|finance|supply[ \t]+chain)"
                    r"(?:[ \t]+(?:hub|professional|enterprise|premium|management))?\b", re.I), " "),
        (re.compile(r"\b(?:customer[ \t]+service|sales|field[ \t]+service)[ \t]+hub\b", re.I), " "),
        # The people who work in the field ("our field technicians", "field engineers") are no field of a form (the
        # Organizer field); Field Service itself is a service, as the rule of service activities tells of it.
        (re.compile(r"\bfield(?=[ \t]+(?:technicians?|techs?|engineers?|workers?|agents?|staff|teams?|crews?|service)\b)",
                    re.I), " "),
        # The product in the cloud ("Dynamics 365 online", "CRM Online") is the product: not Exchange Online.
        (re.compile(r"(?:(?<=365[ \t])|(?<=crm[ \t])|(?<=dynamics[ \t]))online\b", re.I), " "),
        # What the asker runs, said of themselves ("we use Dynamics 365 online", "we're on version 9.2"): context,
        # and no person's question (see symptoms.is_asking).  Not "on-premises": where the product runs matters.
        (re.compile(r"\b(?:we|i)(?:'re|'m|[ \t]+are|[ \t]+am)?[ \t]+(?:use|using|run|running|have|on)[ \t]+"
                    r"(?![A-Za-z0-9 \t]{0,30}?on-?prem)(?:(?:microsoft[ \t]+)?(?:dynamics(?:[ \t]?365|[ \t]+crm)?|d365|crm)|"
                    r"(?:version|build|v)[ \t]?[0-9]+(?:\.[0-9]+)*)\b", re.I), " "),
        # How new the asker is to the product ("I'm new to Dynamics administration", "we are fairly new to D365"): who
        # asks, not what; and no person's question of its own (a system's message after it stays a system's).
        (re.compile(rf"\b(?:i'?m|i[ \t]+am|we'?re|we[ \t]+are)[ \t]+{_NEW}[ \t]+(?:to|at|with)[ \t]+"
                    r"(?:(?:microsoft[ \t]+)?(?:dynamics(?:[ \t]?365|[ \t]+crm)?|d365|crm|"
                    r"power[ \t]+platform)|this|the[ \t]+platform)(?:[ \t]+(?:administration|admin|world|stuff))?\b", re.I), " "),
        # Where the tenant lives ("EU region", "US datacenter"): where, not what.
        (re.compile(r"\b(?:eu|us|uk|emea|apac|na|europe|asia|north[ \t]+america|australia|canada|india|japan|germany|france)"
                    r"[ \t]+(?:region|geo|datacenter|data[ \t]+center|tenant)\b", re.I), " "),
        # What the asker did about it elsewhere ("opened a case with Microsoft", "raised a ticket with support").
        (re.compile(r"\b(?:opened|raised|logged|created|filed|have|has)[ \t]+an?[ \t]+(?:support[ \t]+)?(?:case|ticket|request)[ \t]+"
                    r"(?:with|at|to)[ \t]+(?:microsoft|ms|support|the[ \t]+vendor)(?:[ \t]+support)?\b", re.I), " "),
        # Where it happens, said in passing ("in our prod environment", "in one of our orgs"): where, not what.
        (re.compile(r"\b(?:in|on)[ \t]+(?:our|my|one[ \t]+of[ \t]+our)[ \t]+(?:(?:prod|production|uat|test|dev|development|"
                    r"sandbox|staging|live)[ \t]+)?(?:environments?|orgs?|organi[sz]ations?|instances?|tenant)\b", re.I), " "),
        # Whom it happens to, counted ("for some users", "for a few of our users"): how widely, not what.
        (re.compile(r"\b(?:only[ \t]+)?(?:for|with)[ \t]+(?:only[ \t]+)?(?:(?:some|a[ \t]+few|few|a[ \t]+couple[ \t]+of|several|many|most|"
                    r"certain|multiple|[0-9]+)(?:[ \t]+of[ \t]+(?:our|the|my))?[ \t]+users|(?:one|a[ \t]+single|a[ \t]+specific)[ \t]+user)\b",
                    re.I), " "),
        # When it began or how long it lasts, not what it is: "for the last 3 days", "two weeks ago", "since
        # the upgrade", "after the 2024 release wave 2 update", "since Monday", "this morning", "it worked
        # fine until...".  An upgrade before a day, so that "since last week's update" goes whole.
        (re.compile(r"\b(?:for|in|over|during|within)[ \t]+the[ \t]+(?:last|past)(?:[ \t]+(?:few|couple(?:[ \t]+of)?|several|"
                    r"[0-9]+|two|three|four|five|ten))?[ \t]+(?:minutes?|hours?|days?|weeks?|months?)\b", re.I), " "),
        (re.compile(r"\b(?:[0-9]+|an?|one|two|three|four|five|a[ \t]+few|few|several|a[ \t]+couple(?:[ \t]+of)?)[ \t]+"
                    r"(?:minutes?|hours?|days?|weeks?|months?|years?)[ \t]+ago\b", re.I), " "),
        (re.compile(r"\b(?:since|after)[ \t]+(?:the|our|an?|this|last|(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day's|"
                    r"last[ \t]+(?:week|night)'s)[ \t]+"
                    r"(?:recent[ \t]+)?(?:(?:20[0-9]{2}[ \t]+)?release[ \t]+wave[ \t]+[12][ \t]+)?(?:upgrade|update)\b", re.I), " "),
        (re.compile(r"\b(?:since|until|till)[ \t]+(?:yesterday|today|this[ \t]+(?:morning|week|month)|"
                    r"last[ \t]+(?:night|week|month|year|weekend)|(?:last[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?!')",
                    re.I), " "),
        (re.compile(r"\b(?:this|last|next)[ \t]+(?:morning|afternoon|evening|night|week|weekend|month|year)\b", re.I), " "),
        (re.compile(r"\b(?:it|this|that|everything|all)[ \t]+(?:was[ \t]+)?work(?:ed|ing)[ \t]+(?:fine|ok|okay|well|perfectly|"
                    r"normally)\b", re.I), " "),
        # Which version the asker runs ("version 9.2.24", "v9.2", "build 16.0.1234", "CE 9.2"): context, not the problem.
        (re.compile(r"\b(?:version|build|release|v)[ \t]?[0-9]+(?:\.[0-9]+)+\b|\b(?:version|build)[ \t][0-9]+\b|"
                    rf"\b(?:ce|{_PRODUCT})[ \t]+[0-9]+\.[0-9]+(?:\.[0-9]+)*\b", re.I), " "),
        # ...but Exchange Server by its year ("Exchange 2010", "Exchange Server 2019") is a version of Exchange, as the
        # rules name the versions they tell of.  A year the rules do not name is still a version, not a number to leave out.
        (re.compile(r"\bexchange(?:[ \t]+server)?[ \t]+(?=(?:19|20)[0-9]{2}\b)", re.I), "exchange version "),
        # What the asker already tried ("We already tried test and enable.", "tried re-enabling it, but..."): a remedy
        # that did not help says nothing of which problem it is, though it names the rules' steps.  Not "tried to
        # <do>": what was being done when it failed is the problem ("I tried to track the meeting but...").  Lines are
        # joined by now, so the remedy must end (a stop, "but", or "and" or a comma with what happened then: "...and emails
        # are still stuck", "...and the mailbox is disabled again", "Tried your suggestions, the mailbox is disabled
        # again") within ten words, or nothing is taken out.
        (re.compile(r"\b(?:(?:we|i)(?:'ve|[ \t]+have)?[ \t]+)?(?:already[ \t]+)?tried(?![ \t]+to\b)[ \t]*:?"
                    r"(?:(?:[ \t]*,[ \t]*|[ \t]+)[^ \t.!?;,]+){0,10}?(?=[ \t]*,?[ \t]*\bbut\b|[ \t]*[.!?;]|[ \t]*$|"
                    r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
                    r"(?:then[ \t]+|now[ \t]+)?(?:it|they|we|i|the|this|that|our|my|all|every|e-?mails?|mails?|messages?|"
                    r"mailbox(?:es)?|appointments?|nothing|still)\b)", re.I), " "),
        # ...and the advice the asker already followed ("Followed your troubleshooting guide but...", "we followed the
        # steps in the docs"): it did not help, and its words name no problem.
        (re.compile(r"\b(?:(?:we|i)(?:'ve|[ \t]+have)?[ \t]+)?(?:already[ \t]+)?followed[ \t]+(?:(?:your|the|their|this|that|"
                    r"microsoft'?s|ms|all[ \t]+(?:the|your))[ \t]+)?(?:[^ \t.!?;,]+[ \t]+){0,2}?(?:guides?|articles?|docs?|"
                    r"documentation|instructions|steps|kb|advice|suggestions?|recommendations?|workarounds?|checklist|"
                    r"troubleshooter)\b", re.I), " "),
        # ...and a remedy told by what was done ("restarted browser, no difference", "cleared the cache"), and what came of
        # it ("no luck", "no difference", "same result").
        (re.compile(r"\b(?:restarted|rebooted|refreshed|reloaded|cleared)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?(?:browser|"
                    r"cache|cookies|computer|pc|laptop|machine|outlook|page|session)(?:[ \t]+(?:cache|cookies))?\b|"
                    r"\bno[ \t]+(?:luck|joy|difference|improvement|success)\b|\bsame[ \t]+(?:result|outcome)s?\b", re.I), " "),
        # ...and a remedy told by its outcome, from a sentence's start ("Re-running test and enable did not help."); not
        # what "didn't work", which may be the problem itself ("Test and enable didn't work").
        (re.compile(r"(?:^|(?<=[.!?;]))[ \t]*(?:[^ \t.!?;]+[ \t]+){0,6}?(?:did|does|has|have)(?:n't|[ \t]+not)[ \t]+"
                    r"(?:help|helped|fix|fixed|solve|solved|resolve|resolved|change|changed)\b"
                    r"(?:[ \t]+(?:it|this|that|either|anything|at[ \t]+all))*", re.I), " "),
        # A request to look at it ("kindly check", "please look into this and revert", "do the needful"): what the
        # asker wants done, not what is wrong; its "check" is no test of a mailbox.  What is to be checked stays
        # ("please check the email server profile": its words do tell).
        (re.compile(r"\b(?:please|kindly|pls|plz)[ \t]+(?:check|look[ \t]+into|see|verify|investigate|assist|revert|advise)"
                    r"(?:[ \t]+(?:it|this|that|the[ \t]+same|urgently|asap|(?:and|&)[ \t]+(?:revert|advise|update|reply|"
                    r"let[ \t]+(?:me|us)[ \t]+know)))*\b(?![ \t]+(?:the|our|my|if|whether|why|what|which|how)\b)|"
                    r"\b(?:kindly[ \t]+|please[ \t]+)?do[ \t]+the[ \t]+needful\b", re.I), " "),
        # The stock advice of any error message, not a symptom ("Sync error: please try again.").
        (re.compile(r"\b(?:please\s+)?try\s+again(?:\s+later)?\b|\bretry\s+later\b|\bplease\s+retry\b", re.I), " "),
    )
# "als" before "s": "approvals" is "approval", whose stem drops the "al".
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "als", "es", "s", "ly", "al")
#: The words that make a sentence, not its subject.
FUNCTION_WORDS = frozenset(
    "a an the of to for and or in on at by with from is are be been being has have had was were this that it its "
    "because their your my our i we you they he she me us them can could will would should do does did not no how "
    "what why which when where who there here so as if then than also just but get got gets getting any all "
    "some one is isn't doesn't don't didn't dont use used using into out up about after before only even "
    "same others both either neither shows show showing showed shown says say said saying appear appears won't don't doesn't isn't aren't can't cannot wont dont "
    "didn't wasn't weren't hasn't haven't please kindly pls plz help anyone still i'd i've i'll we'd we've we'll you'd you've "
    "you'll they've they'd he's she's that's there's appeared appearing off unable able "
    "across among via within throughout following come comes coming came couldn't shouldn't wouldn't whose whom "
    "based under none several multiple various numerous most through thru between may might during despite unless "
    "upon onto toward towards beyond besides till whenever wherever whereas thus therefore however rather such shall ones itself themselves himself herself myself "
    "ourselves yourself yourselves too run runs running ran way ways per less must mustn't".split()
)
#: Everyday filler of a question told as a story: when, how often, how sure.  ("never" and
#: "again" stay: they describe symptoms.)
STORY_WORDS = frozenset(
    "now nothing anything something everything since anymore today yesterday tomorrow morning evening night "
    "always sometimes usually suddenly already yet ever though although while until seem seems seemed really "
    "very quite just like lot lots much these those there they them it's i'm we're they're let's hi hello thanks "
    "thank guys team folks someone somebody everyone anybody think thinking know knew want wants wanted wanting need "
    "needs needed needing tried try tries trying helps helped helping immediately instantly definitely certainly "
    "surely honestly ugh".split()
)
SEARCH_STOPWORDS = FUNCTION_WORDS | STORY_WORDS | frozenset(
    # What a ticket or a forum post calls itself, not what it is about; and what the asker wants done
    # about it ("how do I fix", "what does it mean", "any ideas").
    "question questions ticket issue issues problem problems case urgent asap re fw fwd thread threads forum "
    "fix fixed fixes fixing mean means meaning resolve resolved resolving solve solved solving solution solutions "
    "explain explanation workaround idea ideas suggestion suggestions happen happens happened happening "
    "advise incident incidents escalate escalates escalated escalating escalation fyi tia thx ty pointer pointers "
    "appreciate appreciated reopen reopens reopened reopening cheers".split()
) | frozenset(
    # Mail delivered went well: no rule's term (what was not delivered is "undelivered", see phrase_patterns).
    ("delivered",)
)
#: Numbers written as words ("twenty new users", "hundreds of emails"): as a number in digits, one no rule uses
#: says nothing about the problem (see symptoms._search_text).
NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen "
    "dozens million millions".split()
)
#: The story a person tells around a problem: when, who, what was said or tried, how it feels.
#: In a question these say nothing (see symptoms.search_symptoms); in a system's message they are
#: words of another subject, so they are not search stopwords.
EVERYDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week weeks weekend month months year years days ago "
    "twice once daily weekly lately recently currently ceo boss colleague colleagues coworker coworkers manager "
    "managers staff people person everybody nobody hey complain complains complained tell told ask "
    "asked asking notice noticed seen saw happen happens happened happening having make makes left moved move moving "
    "weird strange odd random whole entire small little first last next actually basically maybe probably anyway "
    "somehow perhaps literally allowed allow possible ways thing things stuff place places bunch kind fine ok okay "
    "good bad great new old idea ideas wondering wonder guess hope hoping sure clue well overall customer "
    "customers client clients bulk right alert alerts warning warnings notification notifications popup banner "
    "typo typos agent agents rep reps representative representatives technician technicians dispatcher dispatchers "
    "employee employees supplier suppliers vendor vendors timeline start started starting starts understand understanding mention mentions mentioned "
    "couple quick quickly main hit hits hitting become becomes became becoming work works worked go goes went gone".split()
)


#: The everyday words only a person writes (a system's message has no "weird", "nobody", "my boss"): in a
#: description written as a person writes, not in sentences, these say nothing either (see
#: symptoms.corrected_terms).  Not "new", "allowed", "last month": systems say those too.
PERSONAL_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekend ago twice lately recently ceo boss colleague "
    "colleagues coworker coworkers manager managers people person everybody nobody hey complain complains complained "
    "tell told ask asked asking notice noticed seen saw having weird strange odd actually basically maybe probably "
    "anyway somehow perhaps literally thing things stuff bunch fine ok okay wondering wonder guess hope hoping sure clue "
    "overall right".split()
)


_SYNONYM_TARGETS = frozenset(_SYNONYMS.values())
# What the phrases read: curly quotes as straight ones ("doesn’t work", as phones and word processors
# write it), any dash as a hyphen, and the dotted capital and the dotless small i as an "i" (Python's
# case-blind matching reads them so and JavaScript's does not, and the site's search must read a
# text as this one does).
_PHRASE_FOLD = {**QUOTES, 0x130: "I", 0x131: "i", **{dash: "-" for dash in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212)}}
# ...and any run of blanks (no-break spaces of a web page, tabs, a line's wrap) as one space, with no
# invisible characters between the letters: "server\u00a0side sync" is "server side sync".
_BLANKS = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_NOT_PLURAL = ("ss", "us", "is")
_Y_SUFFIXES = ("ies", "ied")
_ES_PLURAL = ("xes", "ches", "shes", "sses", "zes")  # a plural that adds "es" ("boxes", "switches")
# A verb doubles its last consonant before -ed and -ing ("stop", "stopped"); l, s and z double
# in the word itself too ("install", "pass"), so those stay.
_DOUBLING_SUFFIXES = ("ed", "ing")
_DOUBLED_END = re.compile(r"([b-df-hj-km-np-rtv-y])\1\Z")
_POSSESSIVE = re.compile(r"'s?\Z")
# "150MB", "2GB": a size written without its space reads as the number and the unit.
_SIZE = re.compile(r"(?<![0-9A-Za-z_.,])([0-9]+(?:[.,][0-9]+)?)([kKmMgGtT][bB])(?![0-9A-Za-z_])")


#: Kinds of environment.  Each is an organization to the search (see _SYNONYMS); a text that names
#: two kinds ("our sandbox steals the mailbox sync from the production org") speaks of two
#: organizations, so of another one, though it never says "another".
ENVIRONMENT_KINDS = {"sandbox": "sandbox", "sandboxes": "sandbox", "production": "production", "prod": "production",
                      "uat": "uat", "dev": "dev", "development": "dev", "staging": "staging", "trial": "trial"}


#: British spellings are read as the American ones the rules are written in ("customised", "organisation",
#: "authorise" as "customized", "organization", "authorize"): an "is" before the endings of "-ise" verbs, after a
#: letter such a verb has there; not in words that are spelled so everywhere ("promise", "on-premises", "enterprise").
BRITISH_IS = re.compile(r"(?<=[dglmnrt])is(?=(?:e|es|ed|ing|ation|ations)\Z)")
NOT_BRITISH = frozenset(
    "promise promises promised promising premise premises compromise compromises compromised compromising surmise "
    "demise advertise advertises advertised advertising expertise paradise merchandise enterprise enterprises comprise "
    "comprises comprised comprising surprise surprises surprised surprising reprise chastise treatise arise arises "
    "arising".split())
BRITISH_MIN_CHARS = 7  # shorter words with such an "is" are other words ("rising")


def american_spelling(word: str) -> str:
    """``word`` spelled as American English spells it, as far as BRITISH_IS tells."""
    if len(word) < BRITISH_MIN_CHARS or word in NOT_BRITISH:
        return word
    return BRITISH_IS.sub("iz", word)


def stem(word: str) -> str:
    if word not in _SYNONYMS:
        word = american_spelling(word)
    word = _SYNONYMS.get(word) or _known_singular(word) or word
    if word in _SYNONYM_TARGETS:
        return word
    for suffix in _SUFFIXES:
        if suffix == "s" and word.endswith(_NOT_PLURAL):
            break  # "address", "status", "analysis": no plural "s" to take off
        if suffix in _Y_SUFFIXES and word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)] + "y"  # "policies" -> "policy", "copied" -> "copy"
            break
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if suffix in _DOUBLING_SUFFIXES and _DOUBLED_END.search(word):
                word = word[:-1]  # "stopped", "stopping" -> "stop" (but "installed" -> "install")
            break
    # "approve", "approved", "approval" -> "approv"; "disable", "disabled" -> "disabl"
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def _known_singular(word: str) -> str | None:
    """The singular of a plural whose singular is a synonym's term ("organizations", "invitees",
    "megabytes", "exchanges"): a plural is the same term as its word.  (Not every synonym's
    word: "seconds" are time, though "a second organization" is another one.)"""
    if not word.endswith("s") or word.endswith(_NOT_PLURAL):
        return None
    for singular in (word[:-1], word[:-2] if word.endswith(_ES_PLURAL) else None):
        if singular in _SYNONYM_TARGETS:
            return singular
    return None


def synonym_words() -> dict[str, str]:
    """The words the synonyms know, with the terms they are read as ("outbound": "outgoing")."""
    return {word: stem(word) for word in _SYNONYMS}


def search_terms(text: str) -> list[str]:
    """Content-word stems of a plain-language text, in order."""
    return [term for _, term in search_words(text)]


# A web address, not the sentence's "?" or full stop after it.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^ \t\n\r\f\v<>\"']*[^ \t\n\r\f\v<>\"'?.,;:!)]", re.IGNORECASE)
# What a question carries that says nothing of its problem, whatever words it holds: a web address (a
# path), an @mention (whom it is put to), a #tag, a [tag] a mail system puts in ("[EXTERNAL]"), and a
# reply's or a forum's marker in front ("RE:", "FW:", "Q:").  (Not a mail address: in a system's message
# it is what the message is about.)
_ASIDES = re.compile(
    r"(?<![A-Za-z0-9._%+-])@[^ \t\n\r\f\v@,;:!?]+(?:[ \t][A-Z][^ \t\n\r\f\v@,;:!?]*)?"
    r"|#[A-Za-z][A-Za-z0-9_]*"
    r"|\[[^\]\n]{1,40}\]")
_MARKERS = re.compile(r"\A[ \t]*(?:(?:re|fw|fwd|aw|wg|sv|q|question)[ \t]*:[ \t]*)+", re.IGNORECASE)
#: A search term has two letters at least: "Q: why...", the "s" of a lost apostrophe, say nothing.
MIN_TERM_CHARS = 2


def without_asides(text: str) -> str:
    """A question without what says nothing of its problem (see _ASIDES), its blanks flattened."""
    return flatten_blanks(_MARKERS.sub("", _ASIDES.sub(" ", WEB_ADDRESS.sub(" ", text)))).strip(" ")


def flatten_blanks(text: str) -> str:
    """Any run of blanks as one space, and no invisible characters (see _BLANKS)."""
    return _BLANKS.sub(" ", _INVISIBLE.sub("", text))


# What is left of "(we use Dynamics 365 online)" or "..., only for one user" once its context is read.
_EMPTIED_BRACKETS = re.compile(r"\([ \t]*\)|\[[ \t]*\]|[ \t]*[,;][ \t]*$")


@lru_cache(maxsize=16)  # one text is read so several times while it is classified (a few texts at once)
def phrased(text: str) -> str:
    """The text with its phrases folded (see phrase_patterns): what the words are read from, and without the
    context that says nothing of the problem ("in our tenant", "for some of our users")."""
    text = flatten_blanks(text.translate(_PHRASE_FOLD))
    for pattern, replacement in phrase_patterns():
        text = pattern.sub(replacement, text)
    return _EMPTIED_BRACKETS.sub(" ", text)


def search_words(text: str) -> list[tuple[str, str]]:
    """(word as written, folded; its stem) for each content word of a plain-language text."""
    text = _SIZE.sub(r"\1 \2", phrased(text))
    pairs = []
    kinds = set()  # of environment named (see ENVIRONMENT_KINDS)
    for token in WORD.finditer(text):
        word = _POSSESSIVE.sub("", fold(token.group()))  # "the CEO's calendar", "attendee's"
        # (a mail address is one value, not words: "crm-sync@contoso.com" holds no "crm")
        for part in re.split(r"[\-/]", word) if word not in _SYNONYMS and "@" not in word else [word]:
            if len(part) >= MIN_TERM_CHARS and part not in SEARCH_STOPWORDS:
                pairs.append((part, stem(part)))
                if part in ENVIRONMENT_KINDS:
                    kinds.add(ENVIRONMENT_KINDS[part])
    if len(kinds) > 1:
        pairs.append(("", "different"))  # no word of the text: nothing to correct, never an everyday word
    return pairs
