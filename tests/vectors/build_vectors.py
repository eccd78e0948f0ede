"""Write tests/vectors/vectors.jsonl: what the Python classifier answers, for the JS port to match;
and tests/vectors/terms.jsonl: the search terms of each word of the rules, and of its other forms.

Messages: the project's own corpus plus edge cases below.  Regenerate after a rule
or matcher change:  python tests/vectors/build_vectors.py
"""
from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path

from syncdoctor import KnowledgeBase
from syncdoctor.terms import WORD, search_terms

HERE = Path(__file__).resolve().parent
EDGES = [
    # an alert retold in a person's own words (decide.Classifier._retells_an_alert, _retold)
    "Approve Email on the mailbox fails: needs approval by a Microsoft 365 admin. We use Exchange Online.",
    "Email works for the user, but appointments, contacts and tasks stopped syncing. The mailbox alert says it was "
    "disabled because of an error establishing a secure connection to the Exchange server. Our Exchange is on-premises.",
    "our mailbox shows The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox "
    "Ann because the Exchange server is in maintenance mode.",
    # a system's message after a lead-in ending in a colon (decide._after_a_lead_in)
    "we keep getting this on our queue: Email can't be sent for the mailbox Support Queue because the mailbox doesn't "
    "have a sender configured. Configure the sender and then enable the mailbox.",
    "Error: emails stuck in pending send",
    # a quoted value that goes on past its closing quote runs long (context._goes_on_past_its_quote)
    'Hi all, we keep getting "The email message "Invoice 4471" couldn\'t be delivered because the recipient\'s address '
    'is invalid. Mailbox Accounts didn\'t synchronize." on one of our queues - what does it mean?',
    'An unknown error occurred while sending the email message "Re: "Q3" notes". Mailbox Ops didn\'t synchronize. '
    "The owner of the associated email server profile P has been notified.",
    # an alert that ends otherwise, with markup after its full stop (context._CLOSING_MARKS)
    "**Appointments can't be synchronized because the Organizer field is read-only.**",
    '{"msg": "Appointments can\'t be synchronized because the Organizer field is read-only."}',
    # a system's sentence in markup is still a sentence (symptoms._LEFT_BY_LABELS)
    "**Email can't be sent for the mailbox Support Queue because the mailbox doesn't have a sender configured. "
    "Configure the sender and then enable the mailbox.**",
    "<Message>Email can't be sent for the mailbox Support Queue because the mailbox doesn't have a sender configured. "
    "Configure the sender and then enable the mailbox.</Message>",
    # wordings tied on votes with the last candidate are aligned too (candidates.TIED_ROOM)
    "and the owner of the email server profile EXO/Prod has been notified.",
    # a piece of an alert with two values in it and nothing else is an alert (decide._a_piece_with_values)
    'sending the email message "Quote 2291". Mailbox Ravi didn\'t synchronize.',
    "email stuck in pending send for the mailbox Sales",
    # a ligature in a value is its letters; a mark after a quoted subject's closing quote leaves the quote out
    "Email can't be received for the mailbox O\ufb03ce Team because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
    "server profile Pro\ufb01le 7 has been noti\ufb01ed.",
    'An unknown error occurred while sending the email message "FW: invoice" \u2014 Mailbox Ops didn\'t synchronize. '
    "The owner of the associated email server profile P has been notified.",
    # a period typed twice after a quoted subject's closing quote is the template's (extract._without_doubled_mark)
    'An unknown error occurred while sending the email message \u201cInvoice 88-A\u201d .. Mailbox Ops didn\'t '
    "synchronize. The owner of the associated email server profile P has been notified.",
    'An unknown error occurred while sending the email message "Invoice 88-A.. Mailbox Ops didn\'t synchronize. '
    "The owner of the associated email server profile P has been notified.",
    # a value in decomposed letters comes back composed (extract.extract_values)
    "Email can't be received for the mailbox Zoe\u0308 A\u030angstro\u0308m because an error occurred while establishing a "
    "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
    "email server profile Cafe\u0301 POP has been notified.",
    # a ticket's framing is no search term; a request after another system's message leaves it a system's
    # (terms.phrase_patterns, symptoms.told_part, symptoms._LEFT_BY_LABELS)
    "P1 production incident: emails stuck in pending send - screenshots attached. BR, Tom",
    "Good afternoon team, Priority: High. Incident INC0012345: mailbox keeps getting disabled. Kind regards, IT Service Desk",
    "This appointment can't be tracked because the organizer is not a Dynamics 365 user. Any ideas?",
    "Exchange connection test succeeded. What should we do?",
    "Hiya, FYI as discussed on the call, sent emails show as incoming (reported by 3 users). Regards, Jan de Vries (Contoso IT)",
    # a service that tells its user of "your" things is no person (symptoms.in_service_voice); "your" of a
    # vendor's fix is a person's
    "We can't connect to your Exchange server right now. Try again later.",
    "We've stopped syncing appointments, contacts, and tasks for your account because of an error.",
    "We couldn't sign you in to Gmail. Use an app password for your account.",
    "We applied your fix for pending send, emails still don't go out.",
    "We couldn\u2019t establish a secure connection to your email server. We\u2019ll keep trying.",
    # "your" mid-sentence with no word of the writer's own is a program's (symptoms.tells_of_the_readers_things),
    # unless a reporting word before it tells that a person passes it on
    "Outlook cannot connect to your outgoing (SMTP) e-mail server.",
    "A message you sent could not be delivered to one or more of your recipients.",
    "the mailbox was disabled, the alert tells me to check your email server profile credentials",
    # a remedy tried ends at a comma before what happened then (terms.phrase_patterns)
    "Tried your suggestions, the mailbox keeps getting disabled every day.",
    "Followed your troubleshooting guide but emails still sit in Pending Send.",
    "the same mailbox flips back to disabled even after test and enable succeeds.",
    "all new mailboxes are stuck because of pending approval",
    "emails composed in the web client never leave Dynamics, the status just says pending send",
    "Outlook web app shows the email as sent",
    "Ticket summary: Exchange calendar/contact/task synchronization disabled for user mailbox due to a secure channel error.",
    "The shared mailbox disables itself a few times a week; we re-enable it and it works for a while.",
    "Rate limit is exceeded. Try again in 26 seconds.",
    "queue mailbox hits the rate limit in exchange online",
    "Need a quick overview of which mailboxes are failing to sync, any out-of-the-box monitoring?",
    # a service telling its user of "your" things names no rule, however well its words fit (decide._symptom_threshold)
    "We could not establish a secure connection to your email server.",
    # contractions are function words as their spelled-out forms; superlatives are their plain word (terms)
    "The mailbox location couldn't be determined for a user whose mailbox moved to Exchange Online.",
    "what is the largest incoming email server-side sync can process",
    "Test and Enable keeps failing for a Gmail-based queue mailbox. Any ideas?",
    "what counts as a permanent error that disables a mailbox immediately?",
    # a web server's status is pasted from a system (symptoms.SYSTEM_MARK); a person's lower-case "http 401" is theirs
    "The Exchange Web Services endpoint returned HTTP 401.",
    "http 401 when testing exchange connection from dynamics",
    "ugh, emails just sit there in pending send. nothing goes out. restarted browser, no luck",
    "Our mass mailing from a shared mailbox hits sending limits in Exchange Online.",
    "our main queue mailbox disables itself at least twice a day lately",
    "twenty mailboxes keep getting disabled, none of them for long",
    "Our new hires can't receive emails in CRM, their mailboxes say the email address isn't approved.",
    # British spelling reads as the American (terms.american_spelling)
    "Meetings aren't syncing since we customised the appointment form and dropped the Organizer field.",
    "the mailbox is synchronising with another organisation, enterprise sandbox on premises",
    "Hi, we couldn't establish a secure connection to your email server; my admin says the cert is fine",
    # a sentence that names the likeliest rule surely on its own lifts it (symptoms.SENTENCE_ALONE)
    "mailbox keeps getting disabled. This affects about 50 users.",
    "Screenshot attached. A sent email was created with direction incoming; posted on the forum too",
    "can server-side sync use a gmail account for a queue? test & enable keeps failing",
    # what the asker already tried, and a remedy that did not help, are no search terms (terms.phrase_patterns)
    "emails I sent are showing as incoming. We already tried test and enable.",
    "Restarting the service didn't fix it. mailbox keeps getting disabled (already tried: re-entering the password)",
    "I tried to track the meeting as an invitee but no record was created; tried re-adding the profile, but no luck",
    # markdown source's escapes in values; a domain's, a share's and an escaped backslash stay (clean._MARKDOWN_ESCAPE)
    "Email can't be received for the mailbox Sales\\_Queue \\#2 because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
    "server profile \\[EU\\] EXO\\-Prod has been notified.",
    "An unknown error occurred while sending the email message \"Files on \\\\fs01\\sales\". Mailbox CONTOSO\\svc\\\\_crm "
    "didn't synchronize. The owner of the associated email server profile Gmail has been notified.",
    # cut off where two wordings of one rule both fit: the one that explains more names the values (decide._reads_better)
    "The mailbox location could not be determined while sending the email message Hello world. The mailbox Procurement has been dis",
    "The mailbox location could not be determined while receiving the email message Fwd: pricing. The mailbo",
    "The mailbox location could not be determined while sending the email message Fwd: pricing. The mailbox S",
    # a fragment cut inside the word before its first value: that word's end, not the value's start (align._fill_table)
    "lbox Procurement because the email address of the mailbox Procurement is not approved and the mailbox has been "
    "disabled. The owner of the associated email server profile Fabrikam Gmail has been notified.",
    "x Lars Berg. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions for "
    "receiving email. Then, enable the mailbox for email processing.",
    "Box Office Team. Make sure that the credentials specified in the mailbox are correct and have sufficient permissions "
    "for receiving email. Then, enable the mailbox for email processing.",
    # a fragment that starts inside a name the alert writes twice: the other copy (extract._cut_short_copy)
    "rement because the email address of the mailbox Procurement is not approved and the mailbox has been disabled. "
    "The owner of the associated email server profile Default has been notified.",
    "box (UK) because the email address of the mailbox HR Inbox (UK) is not approved and the mailbox has been disabled. "
    "The owner of the associated email server profile Default has been notified.",
    # a mail client's link targets and inline images' marks (clean._LINK_TARGET)
    "[cid:image001.png@01DA1B2C.3D4E5F60]\nEmail can't be received for the mailbox kevin.lee@fabrikam.com<mailto:kevin.lee@"
    "fabrikam.com> because an error occurred while establishing a secure connection to the email server. The mailbox has been "
    "disabled for receiving email and the owner of the email server profile EXO <https://contoso.example/exo> has been notified.",
    # two different alerts pasted together: the first (decide._whole_alert_before)
    "An unknown error occurred while sending the email message \"Q3 plan\". Mailbox Ops didn't synchronize. The owner of "
    "the associated email server profile EXO has been notified. Email can't be received for the mailbox Sales because an "
    "error occurred while establishing a secure connection to the email server. The mailbox has been disabled for "
    "receiving email and the owner of the email server profile P has been notified.",
    '[{"d": "Appointments can\'t be synchronized because the Organizer field isn\'t present."}, {"d": "The mailbox location '
    'could not be determined while sending the email message Q3. The mailbox Ops has been disabled for sending email and '
    'the owner of the associated email server profile P has been notified."}]',
    # Windows-1252 or UTF-8 read as Latin-1 (clean._C1_AS_CP1252); C1 left undefined reads as a space
    "An unknown error occurred while sending the email message \x93Q3 plan\x94. Mailbox O\x92Brien didn\x92t synchronize. "
    "The owner of the associated email server profile P \x96 EU has been notified.",
    "Email can\xe2\x80\x99t be received for the mailbox Jos\xc3\xa9 \x90Ops\x9b31m because an error occurred while "
    "establishing a secure connection to the email server. The mailbox has been disabled for receiving email and the "
    "owner of the email server profile Contoso \xe2\x80\x93 EXO has been notified.",
    # an apostrophe escaped in a program's string, or doubled as SQL writes it (clean._ESCAPED_APOSTROPHE, _DOUBLED_APOSTROPHE)
    "['An unknown error occurred while sending the email message \"Q3\". Mailbox M. O\\'Brien didn\\'t synchronize. "
    "The owner of the associated email server profile EXO has been notified.']",
    "Email can''t be received for the mailbox D''Angelo Ops because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
    "server profile Contoso EXO has been notified.",
    # a mark of the writer's between the alert's words and a value (extract._SEPARATOR_BEFORE, _AFTER)
    "Email can't be received for the mailbox: Sales Queue - because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
    "server profile \u2014 Contoso EXO (has been notified.",
    "The mailbox location could not be determined while sending the email message Weekly report - . Mailbox | Ops, / "
    "didn't synchronize. The owner of the associated email server profile : EWS: has been notified.",
    "the queue mailbox keeps getting disabled, we have a ticket with MS support",
    # where it happens, said in passing (terms.phrase_patterns); "another tenant" stays
    "emails stuck in pending send in our prod environment",
    "is Exchange Online in another tenant supported? we only see it in our tenant",
    # "right" is no slip of "rights"; the third time; a hub; yesterday's update (terms.phrase_patterns)
    "appointments stopped syncing right after we published the form, third time this week",
    "pending send emails in the Customer Service Hub for a couple of users since yesterday's update",
    # the product in the cloud is no Exchange Online (terms.phrase_patterns)
    "sent emails show as incoming (we use Dynamics 365 online and CRM Online, not Exchange Online)",
    # words only a person writes, in a description and in a system's sentence; when it began (symptoms.corrected_terms)
    "a bunch of mailboxes got disabled because nobody approved their email addresses",
    "A bunch of mailboxes got disabled because nobody approved their email addresses.",
    "emails stuck in pending send for the last 3 days, only for one user. It worked fine until last week.",
    # a question's context: the app and version, a post's labels, whom it reaches (the phrases of terms.phrase_patterns)
    "Quick question: emails stuck in pending send for some of our users (Dynamics 365 Sales, version 9.2.24)",
    "EDIT: the CRM Customer Service Hub mailbox keeps getting disabled. P.S. build 16.0.1234",
    # a piece of an alert cited in quotes, a question after it; a quoted alert no rule covers (readings._quoted_alert,
    # decide._quotes_another_alert)
    "Users report \u2018The mailbox location could not be determined while receiving the email message\u2019. What should we check first?",
    "we get 'Email can't be received for the mailbox Ops because the mailbox quota is exceeded on the server'. how to fix?",
    # a workbook cell's escaped line breaks (see clean._SPREADSHEET_ESCAPE)
    "Email can't be received for the mailbox Sales_x0009_Queue because an error occurred while establishing a secure "
    "connection to the email server._x000D_\nThe mailbox has been disabled for receiving email and the owner of the "
    "email server profile EXO_xD83D_ has been notified._x000D_",
    # names left out as blanks to fill in (see extract._BLANK_TO_FILL)
    "Email can't be received for the mailbox _____ because an error occurred while establishing a secure connection to "
    "the email server. The mailbox has been disabled for receiving email and the owner of the email server profile ___ "
    "has been notified.",
    # the closing quote a strict decoder shows as "â€" and a replacement character (see clean._LOST_CLOSING_QUOTE)
    "An unknown error occurred while sending the email message \u00e2\u20ac\u0153Welcome to M\u00c3\u00bcller\u00e2\u20ac\ufffd. "
    "Mailbox Support didn\u00e2\u20ac\u2122t synchronize. The owner of the associated email server profile Gmail has been notified.",
    # A dotted capital or a dotless small i in a phrase ("sİerver-side", "twıce a week").
    "where is the dashboard of sİerver-side synchronizati", "the queue mailbox is turned off twıce a week",
    # Curly apostrophes in the search's phrases; "no longer valid" is wrong.
    "email server profile password doesn’t work anymore", "the profile password is no longer valid",
    # A tag whose name has a dotted capital I: Python's case-blind matching reads it as "<i>".
    "The owner of the associated email server &lt\u0130;b&gt;profile EWS has been notified. An unknown error occurred "
    "while sending the email message \"Hi\". Mailbox Ops didn't synchronize.",
    # A name between the bidi isolates Teams and Windows put around it (cleaning's invisible characters).
    "Email can't be received for the mailbox \u2068Amira Haddad\u2069 because an error occurred while establishing a "
    "secure connection to the email server.",
    # Zero-width spaces and a byte-order mark where a page may break a long word: dropped, not read as spaces.
    "Email can't be received for the mailbox Billing & Co\u200bllections because an error occurred while establishing "
    "a secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
    "email server profile \ufeffTailspin (D\u200bMZ) has been notified.",
    # A word typed twice at the start: one extra word, not stray words where a fragment was cut.
    "The mailbox mailbox location could not be determined while receiving the email message Quote 2291. The mailbox "
    "Ops has been disabled for receiving email and the owner of the associated email server profile IMAP has been notified.",
    "An unknown unknown error occurred while sending the email message \"Hi\". Mailbox Ops didn't synchronize.",
    # Slips that swap a word's first two letters, read as the word meant.
    "the profile apssword is wrong", "mailbox is configured with another rognization",
    # A whole sentence no person tells needs more (STATEMENT_SYMPTOM_THRESHOLD); the same asked does not.
    "The IMAP server does not support IDLE.", "The IMAP server does not support IDLE. Any ideas?",
    "the IMAP server does not support IDLE",
    # Left-out words before a word the alert repeats: the word after the mark is the later one.
    "One or more mailboxes have been disabled for sending [...] email addresses haven't been approved. Approve the "
    "email addresses, and then enable the mailboxes for sending email.",
    "Email can't be received for the mailbox Ops because the email address of the mailbox … is not approved and the "
    "mailbox has been disabled.",
    # An alert no rule covers after what a person puts before it ("my users get"): still an alert, no description.
    "my users get Appointments can't be synchronized because the Organizer field is read-only.",
    "we keep getting this on our queue: The mailbox location could not be determined while synchronizing appointments",
    # A question joined to another system's message by a comma or a dash is a request after it.
    "The Exchange Web Services endpoint returned HTTP 401, how do I fix this?",
    "Gmail blocked a sign-in attempt to your account from a less secure app - any idea?",
    "emails stuck in pending send, how do I fix this?",
    # "Rejected" is "refused".
    "google mailbox credentials rejected",
    "email can't be sent because the credentials in the email server profile are incorrect or have insufficient permissions",
    "email can't be sent because the stored credentials in the email server profile are incorrect or have insufficient permissions", "Our field technicians move their service appointments in Outlook", "is exchange 2010 supported for server-side sync",
    "is Exchange Server 2007 supported", "emails are not being sent", "This email was not sent because the sending mailbox is a shared mailbox.", "mailbox syncing to the wrong environment", "google workspace mailbox stopped receiving email", "G Suite account fails the test of the mailbox", "gsuite sync broken", "is outlook.com pop3 supported", "our main queue mailbox disables itself at least twice a day lately", "The same user's mailbox is enabled in both dev and production and only one of them syncs.", "Outgoing emails show up as received emails on the contact's timeline.", "outgoing messages show up as received emails in the timeline", "Server-side sync can't figure out where the mailbox is. I think autodiscover is broken. How can I confirm?", "I can't figure out how to approve the email address", "Large emails are missing from Dynamics while smaller ones come through fine. Attachments are huge. Related?", "A connection to the server could not be established. Verify the SMTP server settings and try again.", "Select the mailbox in the list of mailboxes and try again.", "Wrong tenant for Exchange Online?", "mailbox syncing with sandbox not produuction", "malbox syncs to the sandbx instead of prod", "google less secure apps turned off, gmail sync blocked", "Per the documentation, a sent email should be outgoing, but ours shows direction incoming.", "how many recipients per day can a queue mailbox send to in Exchange Online", "what is the best way to monitor sync for 500 mailboxes", "Do service appointments sync one-way only?", "service activities only sync one way", "We run Exchange 2016 ourselves. How can we check that Dynamics 365 online can reach it?", "The sync job runs every 15 minutes as the user", "The mailbox was auto-disabled after too many errors", "auto forward rule stopped working", '<Message>{&quot;message&quot;: &quot;The mailbox location could not be determined while sending the email message \\&quot;Q3\\&quot;. Mailbox Ops didn\\u0027t synchronize. The owner of the associated email server profile Main has been notified.&quot;}</Message>', "Email can't be received for the mailbox [Ravi\nShah](https://contoso.crm.dynamics.com/main.aspx?etn=mailbox&id=42) because an error occurred while establishing a secure connection to the email server.", "Email can't be sent because the cre-\ndentials specified in the associated\nemail server profile are incorrect or\nhave insufficient permissions for sen-\nding email. The mailbox Lab [test] has\nbeen disabled for sending email and the\nowner of the email server profile Nor-\nthwind EXO has been notified. Email\ncan't be sent because the credentials spe-\ncified in the associated email server pro-\nfile are incorrect or have insufficient per-\nmissions for sending email. The mailbox\nLab [test] has been disabled for sending\nemail and the owner of the email server pro-\nfile Northwind EXO has been notified.", "One or more mailboxes have been disabled for receiving email because their email addresses haven't been approved. 11/26/2026 10:15 AM Approve the email addresses, and then enable the mailboxes for receiving email.", "Email can't be received for the mailbox M. 2026-11-26 10:15:02 Dubois because an error occurred while establishing a secure connection to the email server.", '<div>&gt; Email can&#39;t be received for the mailbox Ops because an error occurred while establishing a secure connection to the email server.<br>&gt; The mailbox has been disabled for receiving email and the owner of the email server profile Fabrikam<br>&gt; EU has been notified.</div>', '<div>&lt;tr&gt;&lt;td&gt;Error&lt;/td&gt;&lt;td&gt;The mailbox location could not be determined while sending the email message "Q3". Mailbox Kim, Ji-woo didn\'t synchronize. The owner of the associated email server profile Tailspin (DMZ) has been notified.&lt;/td&gt;&lt;td&gt;11/26/2026&lt;/td&gt;&lt;/tr&gt;</div>', "A 250 MB email with drawings attached was never promoted to Dynamics. Is there a size limit?", "email of 400 MB was not promoted, why?", "We refreshed our test org from production on Friday. How do we hide customer phone numbers in the test org?", "Our mailboxes are on Exchange Online in the same tenant as Dynamics. How do we give the sales team access to the Customer Service app?", "Hello team. Our queue mailbox keeps getting disabled again and again, every few days. We are on Dynamics 365 online. Any idea?", "Email can't be received for the mailbox [Ravi Shah](https://contoso.crm.dynamics.com/main.aspx?etn=mailbox&id=42) because the email server rejected the credentials.", "see [the docs](https://learn.microsoft.com/x) about emails stuck in pending send", "The message is too large.", "email too big to be tracked", "too many emails sent from one mailbox, exchange online blocks them", "email from customers doesn't arrive in the queue anymore, the mailbox shows a secure connection error", "After changing password of service account crm-sync@contoso.com all mailboxes failed", "Email arrived but the attachment is missing.", "We need to migrate from the Email Router to a different solution, how?", "Is the Microsoft Dynamics CRM E-mail Router still supported?", "incoming email got disabled on the queue mailbox - error while establishing a secure connection with the email server", "cannot receive email for mailbox, error establishing secure connection to the email server", "Mailbox Ops Desk has been disabled for synchronizing appointments, contacts, and tasks because\u2026", "mailbox ops desk has been disabled for synchronizing appointments, contacts, and tasks because...", "mailboxes disabled since their email addresses were never approved, how to approve them", "Incoming email was disabled for the mailbox because of an error establishing a secure connection to the email server.", "The status reason of sent emails never changes from Pending Send to Sent.", "why can't I attach files larger than 32 MB to a note",
    # A long account in the first person, with no question mark; and a system's long "We couldn't..." message.
    "Our security team rotated the password of the service account we use in the email server profile and since "
    "then every mailbox fails Test and Enable with an error about the credentials.",
    "We couldn't save the email server profile because the credentials you entered are not valid. Check the user "
    "name and password and try again.",
    # A slip of a synonym's word; a word the lexicon knows is no slip; "seconds" are time.
    "outboud emails never leave dynamics, they just say pending send", "gmail test fails, do I need some special setting?",
    "Server-side synchronization processed 24 items for the mailbox in 3 seconsd.",
    # "We" tells a person's own story unless the text speaks to "you"; "who" opens a question.
    "We set up a shared mailbox for the help desk queue and it gets disabled every few days, each time after Exchange "
    "Online had a short outage, and we have to test and enable it again.",
    "Who is allowed to approve mailbox email addresses in Office 365",
    # What a question carries that says nothing of its problem: a mention, a tag, a link, a marker, a signature.
    "@Dana Smith why does server side sync keep disabling the queue mailbox #d365 #crm",
    "RE: [EXTERNAL] Q: Why are my outgoing emails stuck as Pending Send? https://learn.microsoft.com/x?y=1",
    "Why are my outgoing emails stuck as Pending Send?\n\nBest regards,\nKevin Lee\nIT Operations | Contoso Ltd.\n+1 555 0100",
    "Test Message sent to admin@contoso.com.", "is this the fix for our mails stuck in pending send https://learn.microsoft.com/x?",
    # A mail's legal notice under a question, and under an alert; one such word alone is the question's own.
    "Why are my outgoing emails stuck as Pending Send?\n\nThanks,\nKevin\n\nCONFIDENTIALITY NOTICE: This e-mail message, "
    "including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and "
    "privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",
    "Appointments can't be synchronized because the Organizer field isn't present.\n\nThis message is confidential. "
    "If you are not the intended recipient, notify the sender and delete it.",
    "Hi\n\nour confidential HR queue mailbox keeps getting disabled again and again",
    # A question's blanks and dashes as a web page or a word processor writes them.
    "emails stuck in pending send by server\u00a0side\u00a0sync", "server\u2013side sync  keeps\tdisabling the\nmailbox",
    "Sign-in blocked:\u00a0your account has been disabled by an administrator.", "mail\u200bbox turned off twice a week",
    # Another version's product name just before a cut: inserted cheaply, not read as stray words at the cut.
    "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Ops is "
    "configured with another Microsoft Dynamics 365 organization.",
    # ...and the product's name (or its tags) after a cut alert: no stray words of another message.
    "Email can't be received for the mailbox Nora Lind because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving #dynamics365 #crm",
    # How the problem was shown ("an alert", "a warning") is an everyday word in a person's question.
    "we got an alert that our mailbox is configured with another organization",
    # A log's time stamp in front of every line; a viewer's numbers with a tab or two blanks after them.
    "2026-11-02 10:00:00.125 ERROR [SSS] Appointments, contacts, and tasks can't be synchronized\n"
    "2026-11-02 10:00:00.126 ERROR [SSS] because the email address of the mailbox Björk\n"
    "2026-11-02 10:00:00.127 ERROR [SSS] Guðmundsdóttir is configured with another organization.",
    "     7\tAppointments, contacts, and tasks can't be synchronized because\n     8\tthe email address of the "
    "mailbox Ops is\n     9\tconfigured with another organization.",
    "  7  Appointments, contacts, and tasks can't be synchronized because\n  9  the email address of the "
    "mailbox Ops is configured with another organization.",
    # Markdown around a value: italics and bold written with underscores.
    "Email can't be received for the mailbox *Sales Queue* because an error occurred while establishing a secure "
    "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
    "server profile __Contoso EXO__ has been notified.",
    # A status display of labelled fields reads as a system's message.
    "Incoming Email: Failure. Outgoing Email: Not Run. Appointments, Contacts, and Tasks: Not Run.",
    "Status: Failed | Reason: the email server profile credentials are incorrect",
    # "says" is no slip of "stays", and a stopword as "shows" is.
    "outlook says email sent", "Test and enable says success but emails still don't come in for the Gmail mailbox",
    # A question citing an alert, in a mail: read without the header lines; a piece of an alert forwarded is not.
    "From: Kevin Lee <kevin.lee@contoso.com>\nSent: Tuesday, November 24, 2026 10:42 AM\nTo: IT Support\nSubject: "
    "help needed\n\nHi,\n\nour mailbox says an error occurred while establishing a secure connection to the email "
    "server, how to fix?\n\nThanks,\nKevin",
    "From: Kevin Lee <kevin@contoso.com>\nSent: Tuesday 10:42\nSubject: help\n\nHi,\n\nThe mailbox Ops has been "
    "disabled for receiving email and the owner of the email server profile EXO has been notified.\n\nThanks,\nKevin",
    # A long question's length is its own, without the mail's header lines.
    "From: Kevin Lee <kevin.lee@contoso.com>\nSent: Tuesday, November 24, 2026 10:42 AM\nTo: IT Support\nSubject: "
    "help needed\n\nHi,\n\nHi all, we migrated to Exchange Online last month and since then every time one of our sales "
    "people sends an email from Dynamics it just sits there with status Pending Send. Outlook itself works fine. Any "
    "idea what could cause this?\n\nThanks,\nKevin",
    # "We'd", "we're" tell a person's own story as "we" does (unless the text speaks to "you").
    "We'd like to connect Dynamics to Exchange Online in a different tenant of a sister company. Is that allowed "
    "with server-side sync", "We're unable to sign you in. Your account has been locked.",
    # A report of success names no rule; one that also tells of trouble may.
    "Message delivered to the recipient's mailbox.", "Connection to the email server was established successfully.",
    "Test and enable completed successfully but the mailbox was disabled again the next day.",
    # Two kinds of environment named: another organization.
    "our sandbox steals the mailbox sync from the production org",
    # A four-letter slip of a five-letter word ("gmal", "emal", "itms"); "mail" stays a word of its own.
    "test and enable fails for a gmal mailbox", "how do I approve emal addresses for new user mailboxes",
    "our sent itms come into CRM as incoming", "gail from accounting says her mail is stuck in pending send","", "   ", "hello", "¼ ½ ﬁle", "can’t won't shan't cannot", "ERROR: x", "&amp;#39; &lt;p&gt;x&lt;/p&gt;",
         "<p>Email can&#39;t be received for the mailbox <b>Ops</b></p>", "mailbox " * 300,
         "The mailbox has been disabled" + " for the mailbox" * 50, "Zoë Ångström 山田 太郎 🙂 emoji",
         "email stuck in pending send", "is exchange 2003 supported", "mailbox keeps getting disabled over and over",
         # JSON escapes only where the text shows them; a hard fold only with three lines of one width.
         "Email can't be received for the mailbox CONTOSO\\nadia.k. Make sure that the credentials specified in the "
         "mailbox are correct and have sufficient permissions for receiving email. Then, enable the mailbox for email "
         "processing.", '{"m": "Email can\\u0027t be received for the mailbox Zo\\u00eb \\ud83d\\ude00 \\"Q\\"."}',
         "The mailbox location could not be determined while sending \n"
         "the email message \"\U0001F600 Hi\". Mailbox Ops didn't synch\n"
         "ronize. The owner of the associated email server profil\n"
         "e P has been notified.",
         "a" * 45 + "\n" + "b" * 45 + "\n" + "c" * 46,
         # UTF-8 shown as Windows-1252, a value in markdown, a contraction without its apostrophe.
         "The mailbox location could not be determined while sending the email message \u00e2\u20ac\u0153Budget "
         "\u00e2\u20ac\u009d. Mailbox `Jos\u00c3\u00a9 \u00c3\u2018` didnt synchronize. The owner of the associated "
         "email server profile **EXO \u00c3\u00a9\u00e2\u201a\u00ac** has been notified. \u00c3\u00a9\u00c3 \u00f0\u0178\u02dc\u20ac",
         # Pasted twice; cut off before the value; a value in a table cell of its own.
         "Appointments can't be synchronized because the Organizer field isn't present. " * 2,
         "...Ops because an error occurred while establishing a secure connection to the email server. The mailbox has "
         "been disabled for receiving email and the owner of the email server profile P has been notified.",
         # Words left out in the middle, marked "...", "[...]" or "…"; an ellipsis that is no elision.
         "Email can't be received for the mailbox Sales ... the owner of the email server profile P has been notified.",
         "Email can't be sent because the credentials specified [...] The mailbox Lena Park has been disabled for "
         "sending email and the owner of the email server profile Contoso EXO has been notified.",
         "The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops\u2026 The "
         "owner of the associated email server profile P has been notified.", "Please wait... then try again",
         'The mailbox location could not be determined while sending the email message "Test\nMessage". Mailbox Ops '
         "didn't synchronize. The owner of the associated email server\nprofile Exchange Online (Prod) has been notified.",
         # Word-wrapped lines of one width by chance: read both ways, the better reading kept.
         'The mailbox location could not be determined while sending the email message\n"Quarterly results for the '
         'board". Mailbox Customer Care Queue North America\ndidn\'t synchronize. The owner of the associated email '
         'server profile Contoso\nExchange Online Production EU has been notified.',
         "\u2488 \u037a x\u037ay Zo\u00eb\u2488 \u00cd\u00ba for the mailbox Ops",
         "<table><tr><td>Ops</td><td>Email can't be received for the mailbox <b>Ops</b>. Make sure that the credentials "
         "specified in the mailbox are correct and have sufficient permissions for receiving email.</td></tr></table>",
         # A space lost after the value's period; a line out of a CSV file (quotes doubled); an empty pair.
         "Email can't be received for the mailbox Ünal Yılmaz.Make sure that the credentials specified in the "
         "mailbox are correct and have sufficient permissions for receiving email.",
         '1,"An unknown error occurred while sending the email message ""Q4 ""final"" numbers"". Mailbox Ops didn\'t '
         'synchronize. The owner of the associated email server profile P has been notified.",x',
         'An unknown error occurred while sending the email message "". Mailbox Ops didn\'t synchronize.',
         'An unknown error occurred while sending the email message "Re: "Q3"". Mailbox Ops didn\'t synchronize.',
         # A viewer's line numbers in front of every line.
         "  9 | Appointments, contacts, and tasks can't be synchronized\n 10 | because the email address of the mailbox "
         "Bj\u00f6rk\n 11 | Gu\u00f0mundsd\u00f3ttir is configured with another organization.",
         # An alert retold in a person's words; another alert read as a fragment starting in a value; a line
         # wrapped after a name's hyphen.
         "mailboxes were disabled because the email addresses were never approved",
         "emails sit in pending send and never go out", "why does my mailbox keep being disabled",
         "Large emails over 150MB are missing in CRM", "Who needs to approve email addresses when using Exchange Online?",
         "status statuses policies activities 2.5GB x150MB",
         # Placeholders written other ways, and bracketed names that are names.
         "Email can't be received for the mailbox [Mailbox Name] because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
         "server profile %ProfileName% has been notified.",
         "Email can't be received for the mailbox [Sales] because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
         "server profile MAILBOX_NAME has been notified.",
         # A JSON log line whose only escapes are line breaks.
         '{"level": "Error", "message": "> The mailbox has been disabled for\\n> synchronizing appointments, contacts,\\n> '
         'and tasks for the mailbox Dana because an error occurred while establishing a secure connection to the '
         'Exchange server.\\nEmail Server Error Code: X"}',
         # A JSON log line shown as HTML.
         "{&quot;message&quot;: &quot;An unknown error occurred while sending the email message \\&quot;Hi\\&quot;. Mailbox "
         "CONTOSO\\\\nadia didn't synchronize.&quot;}",
         # A fixed-width log folds each record line on its own; word-wrapped lines of one width by chance.
         'An unknown error occurred while sending \nthe email message "Hi". Mailbox Kwame Me\nnsah '
         "didn't synchronize. The owner of th\ne associated email server profile Contos\no POP has been notified."
         "\nEmail Server Error Code: X",
         "The mailbox location could not be determined while sending the email message Because\nyou asked. The mailbox "
         "Support-Desk (NA) has been disabled for sending email and the\nowner of the associated email server profile "
         "Litware Hybrid has been notified.\nEmail Server Error Code: MailboxDisabled",
         "An unknown error occurred while sending the email message \"Mailbox full?\". Mailbox Nguy\u1ec5n \nV\u0103n An "
         "didn't synchronize. The owner of the associated email server profile SMTP/POP3 Lega\ncy has been notified.",
         # A question in a web page, a ticket, with a sign-off; an uncovered alert record.
         "<p>email stuck in pending send</p>", "Ticket #4711 - email stuck in pending send",
         "Question: email stuck in pending send? Thanks in advance, any help appreciated!",
         "The mailbox Ops can't be synchronized because the mailbox quota in Exchange has been exceeded.\n"
         "Email Server Error Code: ErrorX",
         # An address in angle brackets; a placeholder in quotes.
         "Email can't be received for the mailbox <john@contoso.com> because an error occurred while establishing a "
         "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
         "email server profile \"[Email Server Profile Name]\" has been notified.",
         # Names that repeat the alert's own words next to their place.
         "Email can't be received for the mailbox Because An Error Team because an error occurred while establishing a "
         "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
         "email server profile Contoso Email Server Profile has been notified.",
         # A fold that cuts a name after a little word of the alert's ("of|f!!").
         'An unknown error occurred while sending the email message "50% of\r\nf!!". Mailbox \u00dcnal Y\u0131lmaz didn\'t '
         'synchronize. The owner of the as\r\nsociated email server profile Litware Hybrid has been notified.',
         # A word only its rule uses left out; a common one left out; a value's period glued to the next word.
         'An error occurred while sending the email message "Hello". Mailbox Ops didn\'t synchronize.',
         'An unknown error occurred while sending the email message "Hello". Mailbox Ops didn\'t synchronize. The owner '
         "of the email server profile P has been notified.",
         "Email can't be received for the mailbox Bj\u00f6rk Gu\u00f0mundsd\u00f3ttir.Make sure that the credentials "
         "specified in the mailbox are correct and have sufficient permissions for receiving email.Then, enable the "
         "mailbox for email processing.",
         # Spaces lost: three and four words as one; a word glued onto a value's end, or its start; a name
         # written twice, once without its space.
         "Email can't be sent becausethecredentials specified in the associated email server profile are incorrect or "
         "have insufficientpermissionsforsending email. The mailbox Ops has been disabled for sending email and the "
         "owner of the associated email server profile Contoso has been notified.",
         "Ap point men ts can't be synchronized because the Organizer field isn't pre se nt.",
         # A tool's name as one term.
         "Unable to connect to the remote server.",
         "how do I use the remote connectivity analyzer",
         "Mailbox size limit exceeded",
         # Context with "our" in it asks nothing.
         "Exchange Online is the default email server profile for new mailboxes in our tenant",
         "emails stay in pending send (we use Dynamics 365 online)",
         "Message delivered to the recipient's mailbox, only for one user",
         "replies from the helpdesk are stuck in pending send, started after Friday's update",
         "This appointment can't be tracked because the organizer is not a Dynamics 365 user., only for one user",
         "This appointment can't be tracked because the organizer is not a Dynamics 365 user.\nP.S. we are on version 9.2",
         "Email can't be received because the email address of the mailbox kevin.lee@fabrikam.comrequiresan approval "
         "by a Microsoft 365 administrator. The mailbox has been disabled for receiving email and the owner of the "
         "associated email server profile Exchange Online has been notified.",
         "Email can't be received for the mailboxBilling Team because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
         "server profile Contoso has been notified.",
         "Email can't be received for the mailbox Sales Queue because the email address of the mailbox SalesQueue is "
         "not approved and the mailbox has been disabled. The owner of the associated email server profile Contoso "
         "has been notified.",
         # Questions told as a story (everyday words, possessives); a statement with everyday words.
         "Hey folks, since Monday every email we send out of Dynamics just hangs in Pending Send. Any idea?",
         "our CEO's calendar invites that he tracks as attendee never turn into appointments in CRM",
         "Exchange Online is the default email server profile for new mailboxes.",
         # Slips in a question's words.
         "emial stuck in pendign send", "sent emial shows as incomming", "dashbaord for server side sync failures",
         "mailbox keeps geting disabeld", "Whta is teh autodiscovr setting?",
         # A subject that holds the template word after it: the template's punctuation decides.
         'An unknown error occurred while sending the email message “Your mailbox”. Mailbox Dana didn\'t synchronize.',
         'The mailbox location could not be determined while sending the email message "0%MAILBOX". Mailbox 0 didn\'t '
         'synchronize. The owner of the associated email server profile 0 has been notified.',
         'An unknown error occurred while sending the email message "Mailbox full?". Mailbox Dana didn\'t synchronize.',
         "The mailbox location could not be determined while sending the email message 0 THE%MAILBOX. The mailbox 0 has "
         "been disabled for sending email and the owner of the associated email server profile 0 has been notified.",
         "An unexpected error occurred while testing the mailbox. The owner of the associated email server profile "
         "Contoso EXO has been notified.",
         # A subject as long as a subject line gets, framed by its quotes (context._framed_by_quotes), and one longer
         # than the gap of an alert may be before it is another text, but for a value (align._placeholders_in).
         'An unknown error occurred while sending the email message "' + " ".join(["Q3 plan, budget and hiring"] * 9)
         + '". Mailbox Sales didn\'t synchronize. The owner of the associated email server profile EWS has been notified.',
         'An unknown error occurred while sending the email message "' + " ".join(["Q3 plan, budget and hiring"] * 16)
         + '". Mailbox Sales didn\'t synchronize. The owner of the associated email server profile EWS has been notified.',
         "The mailbox location could not be determined while sending the email message " + " ".join(["Q3 plan"] * 22)
         + ". The mailbox Sales has been disabled for sending email and the owner of the associated email server "
         "profile EWS has been notified.",
         # A piece quoted, bulleted or fenced as a whole: the marks are not its first or last name's (clean.unwrapped).
         *[wrap.format("Sales Team because an error occurred while establishing a secure connection to the email "
                       "server. The mailbox has been disabled for receiving email and the owner of the associated "
                       "email server profile EWS") for wrap in ('"{}"', "'{}'", "\u201c{}\u201d", "`{}`", "({})", "[{}]",
                                                                "**{}**", "* {}", "\u2022 {}", "```\n{}\n```",
                                                                "```text\n{}\n```", '"**{}**"', "'{}' it's", "\u2018{}\u2019s\u2019")],
         "'Sales Team' because an error occurred while establishing a secure connection to the email server. The "
         "mailbox has been disabled for receiving email and the owner of the associated email server profile 'EWS'",
         # A JSON document pasted whole: its messages are read, not the JSON around them (clean._json_document_text).
         *[json.dumps(document).replace('"{}"', json.dumps(
             "Sales Team because an error occurred while establishing a secure connection to the email server. The "
             "mailbox has been disabled for receiving email and the owner of the associated email server profile EWS"))
           for document in ({"message": "{}"}, {"level": "Error", "Message": "{}"}, {"@m": "{}", "@l": "Error"},
                            {"value": [{"text": "{}", "createdon": "2026-11-28"}, {"text": ""}]}, ["{}", "other"],
                            {"event_text": "{}", "code": 500}, {"message": "", "detail": "{}"}, [1, {"a": None}],
                            {"name": "Microsoft.ApplicationInsights.Message", "time": "2026-11-28T10:00:00Z",
                             "data": {"baseType": "MessageData", "baseData": {"message": "{}", "severityLevel": 3}}},
                            {"a": {"b": {"c": {"d": {"message": "{}"}}}}, "name": "a short name"},
                            {"level": "error", "message": "Mailbox check failed", "details": "{}"},
                            {"msg": "poll failed", "err": "{}", "n": {"x": "one two three four", "y": "one two three"}},
                            {"summary": "{}", "trace": "at Microsoft.Crm.Asynchronous.EmailConnector.Send() line 1 " * 5})],
         json.dumps({"log": json.dumps({"msg": "Sales Team because an error occurred while establishing a secure "
                                               "connection to the email server. The mailbox has been disabled"})}),
         # A JSON record after a log's prefix (clean.record_text); a container runtime's stream and tag.
         *[prefix + json.dumps({"level": "error", "message": "Email can't be received for the mailbox Ops because an "
                                "error occurred while establishing a secure connection to the email server. The mailbox has "
                                "been disabled for receiving email and the owner of the associated email server profile EWS"})
           for prefix in ("2026-11-28T10:00:00.123Z stdout F ", "WARN  | ", "[2026-11-28 10:00:01] ERROR ", "[x] ")],
         "2026-11-28T10:00:00Z stderr P Appointments can't be synchronized because the Organizer field isn't present.",
         # logfmt records as their messages, read as JSON rows are (clean._logfmt_text, exports.logfmt_messages)
         *[line.replace("{}", '"Sales Team because an error occurred while establishing a secure connection to the '
                                'email server. The mailbox has been disabled for receiving email and the owner of the '
                                'email server profile \\"EWS\\" \\\\ 2"')
           for line in ("ts=2026-11-28T10:00:01Z level=error msg={}", "msg={} mailbox=Sales caller=sync.go:42",
                        "Nov 28 10:00:01 crm01 sss[412]: level=error msg={}",
                        "level=error msg={}\r\n\nlevel=warn n=3 m={}", "x=1 y={}", "x=1 y=2 z={} __proto__=7",
                        "MESSAGE=a Text={}", 'msg={} "x"', "msg={}\nnot a record",
                        "level=error msg={} err=\"x509: certificate has expired\"", "a=1 b=2",
                        "level=error msg={} t=\"tab\\there\\nnew \\q\"", "[x] k=v msg={}")],
         # Alerts cut short one after another on one line: the first (readings._first_of_alerts_on_a_line)
         *[between.join(alert.format(name) for name in names) for names in (["Ops", "HR"], ["Ops", "HR", "Ops"])
           for between in (" ", "")
           for alert in ("Appointments, contacts, and tasks can't be synchronized because the email address of the "
                         "mailbox {} is configured with another organization.",
                         "Email can't be received for the mailbox {} because an error occurred while establishing a "
                         "secure connection to the email...", "[x] Email can't be sent for the mailbox {} because")],
         "Email can't be received for the mailbox Ops because the license is invalid. Email can't be received for the "
         "mailbox HR because an error occurred while establishing a secure connection to the email server.",
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server. The mailbox location could not be determined while sending the email message Q3.",
         # A record's message cut short, with another field of some words: its message is read alone
         # (readings._record_message).
         *[record.replace("{}", "Email can't be received for the mailbox Ops because an error occurred while "
                                "establishing a secure connection to the email server.")
           for record in ('{"message": "{}", "error": "x509: certificate has expired or is not yet valid"}',
                          '[{"msg": "{}", "details": "The remote certificate is invalid."}, {"msg": "{}"}]',
                          '2026-11-28T10:00:00Z {"message": "{}", "details": "one two three four"}',
                          'level=error msg="{}" err="x509: certificate has expired"',
                          '{"message": "Mailbox check failed for Ops", "details": "{} And more words here."}')],
         '{"message": "Email can\'t be received because the license is invalid for the mailbox Ops.", '
         '"details": "The remote certificate is invalid."}',
         *[json.dumps({"value": [{"text": "Email can't be received for the mailbox %s because an error occurred while "
                                          "establishing a secure connection to the email server." % name}
                                for name in names]}) for names in (["Ops", "HR"], ["Ops"] * 3, ["HR", "Ops", "HR"])],
         # A log's line that quotes a piece: the quotes after its prefix are no name's (normalize.normalize).
         *[line.format("Sales Team because an error occurred while establishing a secure connection to the email server. "
                       "The mailbox has been disabled for receiving email and the owner of the associated email server "
                       "profile EWS") for line in ('2026-11-28 10:00:01 ERROR "{}"', "[2026-11-28 10:00:01] `{}`",
                                                   "Nov 28 10:00:01 crm01 sss[412]: '{}'", "ERROR \u2022 {} ")],
         # A value's last word and the alert's "didn't" written as one word (extract._before_negation).
         'An unknown error occurred while sending the email message "Q4". Mailbox Björn Þórssondidn\u2019t synchronize. '
         "The owner of the associated email server profile EWS has been notified.",
         # A piece from between a wording's choices does not tell which the product printed (decide._shown_wording).
         "the credentials specified in the associated email server profile are incorrect or have insufficient permissions",
         "credentials specified in the associated email server profile are incorrect or have insufficient permissions for "
         "sending email. The mailbox Dana",
         "Email can't be received for the mailbox Support-\nDesk (NA) because an error occurred while establishing a "
         "secure connection to the email server.",
         # A typeset text hyphenates the alert's words; then a name's word broken before a small letter is one word.
         "Email can't be received for the mailbox Acc-\nounts Pay-\nable (Anne-\nMarie) because an error occurred while estab-\n"
         "lishing a secure connection to the email server.",
         # Verb forms share a stem ("copied", "stopped"); "other" is "different", not a filler word.
         "after copying production to a sandbox the mailbox syncs with the other org",
         "calendar items and contacts stopped syncing, mailbox disabled for appointments",
         # Out of a URL: "%20" and other escapes, or a form's "+"; not a name with "%", not bytes that are not UTF-8.
         "Email%20can%27t%20be%20received%20for%20the%20mailbox%20%C3%85lesund%20Kontor%20because%20an%20error%20"
         "occurred%20while%20establishing%20a%20secure%20connection%20to%20the%20email%20server.",
         "Email+can%27t+be+received+for+the+mailbox+Ops+because+an+error+occurred+while+establishing+a+secure+"
         "connection+to+the+email+server.",
         "Email%20can%27t%20be%20received%20for%20the%20mailbox%20%FF%FE%20because%20an%20error%20occurred.",
         "Email can't be received for the mailbox 100%+Club+%41 because an error occurred while establishing a "
         "secure connection to the email server.",
         # The alert names the mailbox twice; these messages name it once: other alerts.
         "The mailbox Kim Lee has been disabled for sending email because the email address of the mailbox is not approved.",
         "Email cannot be received because the email address of the mailbox Dana Park requires an approval by the mailbox owner.",
         "Email can't be received for the mailbox because the email address of the mailbox is not approved and the "
         "mailbox has been disabled.",
         # A value that swallowed another alert's sentence; a quoted subject that holds alert words is the sender's.
         'An unknown error occurred while sending the email message "Hi". The mailbox Ops has been disabled for sending '
         'email and the owner of the associated email server profile EXO has been notified.',
         'The mailbox location could not be determined while sending the email message "RE: the owner of the email '
         'server". Mailbox Dana didn\'t synchronize. The owner of the associated email server profile EXO has been notified.',
         "The mailbox location could not be determined while sending the email message RE: mailbox has been disabled for "
         "sending. The mailbox Dana has been disabled for sending email and the owner of the associated email server "
         "profile EXO has been notified.",
         # PowerShell's Format-List: a value cut at the console's width, carried on at its column (one copy with
         # the trailing spaces a terminal trims); and word-wrapped lines indented the same way, which stay apart.
         "RegardingObjectId : mailbox\nSeverity          : Error\nDescription       : Email can't be received for the "
         "mailbox it-helpdesk@fourthco\n                    ffee.example because an error occurred while establishing a "
         "\n                    secure connection to the email server. The mailbox has been \n                    disabled "
         "for receiving email and the owner of the email serv\n                    er profile EWS-Primary has been notified."
         "\nCreatedOn         : 11/20/2026 9:14:03 AM",
         "RegardingObjectId : mailbox\nSeverity          : Error\nDescription       : The mailbox location could not be "
         "determined while sending the email message \"In\n                    voice 4471 overdue\". Mailbox Yusuf Demir "
         "didn't synchronize. The owner of the as\n                    sociated email server profile EWS-Primary has been "
         "notified.\nCreatedOn         : 11/20/2026 9:14:03 AM",
         "Severity : Error\nMessage  : Email can't be received for the mailbox Sales Queue because an error\n           "
         "occurred while establishing a secure connection to the email server.\n           The mailbox has been disabled "
         "for receiving email and the owner of the\n           email server profile Contoso EXO has been notified.",
         # A hard fold copied from a terminal that trimmed the space one cut line ended with.
         "Email can't be received for the mailbox Rooms & Res\nources because an error occurred while establishing\n a "
         "secure connection to the email server. The mailb\nox has been disabled for receiving email and the ow\nner of "
         "the email server profile Legacy POP3 (2012)\nhas been notified.",
         # A reply's quote marks come off before a fold is looked for.
         "> Email can't be receivsed for the mailbox Support-Desk (NA)\n> because an error occurred while establishing a "
         "secure connection\n> to the email servlr. The mailbox has been disabled for receiving\n> email and the owner of "
         "the email server profile Default has bene\n> notified.",
         # A question around a piece of an alert it cites; and around another alert's.
         "Can someone explain \"Email can't be received for the mailbox because an error occurred while establishing "
         "a secure connection to the email server\"?",
         "Alert on Dana's mailbox: \u201cthe credentials specified in the associated email server profile are incorrect "
         "or have insufficient permissions for sending email\u201d \u2013 how do I fix this?",
         "How do I resolve 'their email addresses haven't been approved. Approve the email addresses, and then enable "
         "the mailboxes'?",
         "What does \"An unexpected error occurred while receiving email\" mean?",
         "How do I fix \"Email can't be received because the license is invalid for the mailbox\"?",
         "An unexpected error occurred while sending the email message \"Mailbox full?\". Mailbox Ops didn't synchronize. "
         "The owner",
         "mailbox is configured with another organization - how do I fix?",
         # A mail's or a chat's header lines above a question; a subject keeps its text; a line that only
         # ends with a time is no header.
         "[10:42 AM] Dana Smith\nemails stuck in pending send since this morning",
         "Dana Smith 10:42\nour sent emails show direction incoming",
         "From: Kevin Lee\nSent: Tuesday\nTo: CRM Admins\nSubject: emails stuck in pending send\n\nHi, see subject.",
         "Lee, Min-jun, 9:14 AM\r\n\r\nis a mix of Exchange and POP3 supported",
         "mailbox keeps getting disabled since 10:42\nany ideas?",
         "\n\n2026-01-01 ERROR emails stuck in pending send",
         "Summary: emails stay in Pending Send and never go out\nPriority: P2\nComponent: CRM",
         "Ahmed Khan  11:05 AM\nwhere is the dashboard that lists server-side sync failures",
         "emails are not sent\nStatus: Pending Send",
         # Several alerts pasted one per line: the first whole one is the answer.
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
         "profile EXO has been notified.\nEmail can't be received for the mailbox Sales because an error occurred while "
         "establishing a secure connection to the email server. The mailbox has been disabled for receiving email and "
         "the owner of the email server profile EXO has been notified.",
         "An unexpected error occurred while receiving email.\nMailbox Ops didn't synchronize. The owner of the "
         "associated email server profile EXO has been notified.",
         # HTML's references as Python reads them: any HTML5 name, a missing ";", numbers the parser fixes or drops.
         "Email can&rsquo;t be received for the mailbox Bj&oslash;rn &Aring;s &amp Co&#x2;&#128;&#xD800;&euro &notit; "
         "because an error occurred while establishing a secure connection to the email server.",
         "Email can&amp;#x27;t be received for the mailbox Chlo&eacute; D&amp;#x2\n7;Arcy because an error occurred "
         "while establishing a secure connection to the email server.",
         # "\x85" is Windows-1252's ellipsis read as Latin-1 (clean._C1_AS_CP1252), in Python and JS alike.
         "Email can't be received for the mailbox Sal\x85es Queue because an error occurred while establishing a secure "
         "connection to the email server.",
         # A line starts after "\n" only: no reply mark after U+2028 or a lone "\r".
         "The mailbox has been disabled for synchronizing appointments, contacts, and tasks for the mailbox Ops because "
         "an error occurred while establishing a secure connection to the Exchange server. The owner of the email "
         "server profile Tailspin EWS #2\u2028>  has been notified.",
         "> > Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
         "connection to the email server.\n>> The mailbox has been disabled for receiving email.",
         # Python's \b and \w know every script's letters: "<b\U0001d401old>" is no tag; a prefix counts code points.
         "One or more mailboxes have been disabled for receiving email because their email addresses haven't been "
         "approved. Appro<b\U0001d401old>ve the email addresses, and then enable the mailboxes for receiving email.",
         "[\U0001f600\U0001f600 tag] Appointments can't be synchronized because the Organizer field isn't present.",
         "thanks\u00e9 in advance: emails stuck in pending send",
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server.\n   at Syst\u00e8me.Mail.Receive(Context c)\n   at Main()",
         # An alert stitched of the product's phrases that no wording fits; an alert cited with no mark
         # around it ("it says ..., what does that mean?"), and an unknown alert cited so.
         "Appointments, contacts, and tasks can't be synchronized for the mailbox Ops because the mailbox has been "
         "disabled for synchronizing appointments, contacts, and tasks.",
         "it says the email address of the mailbox is configured with another organization, what does that mean?",
         "I see the credentials specified in the associated email server profile are incorrect or have insufficient "
         "permissions. How do I fix it?",
         "I see email can't be sent because the license is invalid for the mailbox. How do I fix it?",
         # An alert that ends otherwise (one other word, a full stop); a damaged last word; a new sentence after.
         "Appointments can't be synchronized because the Organizer field is read-only.",
         "Contacts can't be synchronized because the Organizer field isn't present.",
         "ointments can't be synchronized because the Organizer field isn't present.",
         "The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops didn't "
         "reconnect.", "Email can't be received for the mailbox Sales.",
         # A subject longer than any name.
         "The mailbox location could not be determined while sending the email message RE: FW: Quarterly business "
         "review for the EMEA region and the follow-up actions from last week. The mailbox Sales has been disabled for "
         "sending email and the owner of the associated email server profile Contoso has been notified.",
         # Apostrophes typed as a modifier letter or a prime.
         "Appointments, contacts, and tasks can\u02bct be synchronized because the email address of the mailbox "
         "O\u2032Neil, Pat is configured with another organization.",
         # Alerts pasted one after another on one line.
         "Email can't be received for the mailbox Sales because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
         "server profile Contoso has been notified. Email can't be received for the mailbox Ops because an error "
         "occurred while establishing a secure connection to the email server. The mailbox has been disabled for "
         "receiving email and the owner of the email server profile Contoso has been notified.",
         # ... and with no space between: "notified.Email" is one word (readings._start_places)
         "Email can't be sent because the credentials specified in the associated email server profile are incorrect "
         "or have insufficient permissions for sending email. The mailbox HR has been disabled for sending email and "
         "the owner of the email server profile SMTP has been notified.Email can't be received for the mailbox Ops "
         "because an error occurred while establishing a secure connection to the email server. The mailbox has been "
         "disabled for receiving email and the owner of the email server profile Contoso has been notified.",
         "Appointments can't be synchronized because the Organizer field isn't present.Appointments can't be "
         "synchronized because the Organizer field isn't present.",
         "Sales.Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
         "connection to the email server. Some.The mailbox has been disabled for receiving email.",
         "the mailbox has been disabled for " * 40,
         # a mark of words left out after a value's punctuation is no part of the next value (extract._value_text)
         "The mailbox location could not be determined while receiving the email message FW: [...] Accounts Payable "
         "(NL) has been disabled for receiving email and the owner of the associated email server profile Northwind "
         "EXO has been notified.",
         # a ticket's or a chat's label before a piece (clean.LOG_PREFIX)
         *[label + "Sales Team because an error occurred while establishing a secure connection to the email server. "
           "The mailbox has been disabled for receiving email and the owner of the email server profile EWS"
           for label in ("Error message: ", "Text: ", "Description - ", "Alert text -> ", "Text-", "message:")],
         # a ticket's code, quote and monospace marks around a piece or a name; a mail template's placeholders
         # (clean._WRAPPING, MARK_PAIRS; extract._OTHER_PLACEHOLDER)
         *[wrapped.format("Sales Team because an error occurred while establishing a secure connection to the email "
                          "server. The mailbox has been disabled for receiving email and the owner of the email server "
                          "profile EWS") for wrapped in ("{{code}}{}{{code}}", "{{noformat}}\n{}\n{{noformat}}",
                                                        "[quote]{}[/quote]", "{{{{{}}}}}", "``{}``", "{{x}}{}{{x}}")],
         *["Email can't be received for the mailbox %s because an error occurred while establishing a secure connection "
           "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
           "profile %s has been notified." % pair for pair in (("{{Sales Team}}", "``EWS 2``"),
                                                              ("{{mailbox_name}}", "{{Email Server Profile}}"),
                                                              ("{{Support Mailbox}}", "{Profile}}"))],
         # names in other languages' quotes (clean.MARK_PAIRS); a whole piece in them is left as it is (WRAP_START)
         *["Email can't be received for the mailbox %s because an error occurred while establishing a secure connection "
           "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
           "profile %s has been notified." % pair for pair in (("\u201eVertrieb\u201c", "\u00bbEWS\u00ab"),
                                                              ("\u300c\u55b6\u696d\u300d", "\u2039P 2\u203a"))],
         '"\u201eSales Team because an error occurred while establishing a secure connection to the email server. The '
         'mailbox has been disabled for receiving email and the owner of the email server profile EWS\u201c"',
         # a question in a paragraph of its own after an alert cut short (context.open_value_in_its_part, _asks_apart,
         # asked_around); a statement there still weighs against it
         *[paste.format("Email can't be received for the mailbox Kiri Te Whare because the email address of the mailbox "
                        "Kiri Te Whare is not approved and the mailbox has been disabled. The owner of the associated "
                        "email server profile Main Exchange Profile")
           for paste in ("{}\n\nAny idea?", "{}\n\nCan anyone explain this?", "{}\n\nWhat does this mean?",
                         "{}\n\nIs this been fixed in a later release?", "{}\n```\nWhat does it mean?", "{}\nAny idea?",
                         "{}\nWhat does this mean?", "{}\nAny idea", "We see this:\n```\n{}\n```\nAny idea?",
                         "{}\n\nthis started on Monday", "Error\t{}\tMailbox\tActive\tAny idea?")],
         *['The mailbox location could not be determined while sending the email message "Welcome aboard!". Mailbox '
           "Sales (EMEA) didn't" + after for after in ("\n\nAny idea?", "\tMailbox\tActive", "\n\nWhat does it mean?")],
         "Email can't be received for the mailbox Ops because\n\nthe license is invalid.\n\nAny idea?",
         "Email can't be received for the mailbox Ops because\nthe license is invalid.\nAny idea?",
         *[greeting + "Email cannot be sent because the email address of the mailbox Front Office (NZ) requires an "
           "approval by\nHow do I fix this?\n\nThanks,\nKim" for greeting in ("Hello team,\n", "Hi all,\n\n")],
         "Our alert says the appointment can't be synchronized because the a\n```\nAny idea?",
         # a paste of many questions: the readings inside readings stop at MAX_READING_DEPTH
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server.\n" + "Why?\n" * 300,
         "Why?\n" * 300 + "Ops because an error occurred while establishing a secure connection to the email server.",
         "Any idea?\n\n" * 6 + "Ops because an error occurred while establishing a secure connection to the email server.",
         # ...and over a piece that starts with a name (readings._question_over); sign-offs under an alert (clean._SIGN_OFF)
         *[question + "Kiri Te Whare because the email address of the mailbox Kiri Te Whare is not approved and the "
           "mailbox has been disabled. The owner of the associated email server profile Main Exchange Profile has been "
           "notified." for question in ("Any idea?\n", "What does this mean?\n\n", "Any idea\n", "Why?\n\n")],
         *["Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
           "to the email server." + sign_off for sign_off in ("\nThank you in advance!", "\n\nThx,\nKim",
                                                                 "\n\nthanks a lot\nKim")],
         "Any idea?\n\nSupport Team because an error occurred while establishing a secure connection to the email "
         "server. The mailbox has been disabled for receiving email and the owner of the email server profile EWS",
         # a name cut off inside the marks around it (extract._cut_inside_marks), and marks that close inside it
         *["Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
           "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
           "profile " + written for written in ('"Main Exchange Profile', "**Main Exchange Profile*", "_Main Exchange",
                                                "\u201cMain Exchange Profile\u2026", "<Main", "_svc_crm_sync", '"Q3" Team',
                                                '"', "** ")],
         # a sentence's stop before a mark of words left out is no part of the value after it (extract._LEADING_ELISION)
         *["Email can't be sent because the credentials specified in the associated email server profile are incorrect "
           "or have insufficient permissions for sending email. %s Ngata has been disabled for sending email and the "
           "owner of the email server profile Gmail POP has been notified." % mark for mark in ("...", "[...]", "\u2026")],
         # an alert cut short, and an aside in brackets after it (readings._without_an_aside); a name's own brackets
         *['The mailbox location could not be determined while receiving the email message "RE: PO 4471". Mailbox Team '
           "7 - Intake didn't synchronize. The owner of the assoc" + aside
           for aside in (" (this started after we moved to the new tenant)", "... [since Monday, all sandboxes]",
                         " (this started after we moved t", " (any idea?).", " (Z\U0001d4b5 ops) " + "x" * 290 + " (a b c)",
                         " (EMEA)", " (EMEA team)", "\u00a0\u00a0(this\u00a0started\u00a0after\u00a0the\u00a0move)")],
         'An unexpected error occurred while sending the email message "Invoice 7". Mailbox Ops didn\'t synchronize. '
         "The owner of the assoc (this started after we moved to the new tenant)",
         "Email can't be received for the mailbox Help Desk (EMEA because the email address of the mailbox (a b c d)",
         # a space lost after the period that ends a value (align._glued_after_a_period; damage._joined_by_a_period)
         *["Email can't be received for the mailbox %s.Make sure that the credentials specified in the mailbox are "
           "correct and have sufficient permissions for receiving email.Then, enable the mailbox for email processing."
           % name for name in ("Mateo Lopez", "S\u00f8ren K", "Ops 2", "Mako Ito", "Sales", "Queue.Make", "K.Make")],
         # a chat's italics around a name, once of the two copies (MARK_PAIRS; align._copies_disagree); "_" inside stays
         *["Email can't be received for the mailbox %s because the email address of the mailbox %s is not approved and "
           "the mailbox has been disabled. The owner of the associated email server profile %s has been notified." % names
           for names in (("_Aroha Ngata_", "Aroha Ngata", "_Gmail POP_"), ("_svc_crm_", "_svc_crm_", "Sales_"),
                         ("_Sales", "_Sales", "_x_y_"))],
         # a chat thread's sender lines, wherever they stand, say nothing (symptoms.without_headers)
         "[9:02 AM] Dana Smith\nanyone else seeing emails stuck in pending send since this morning?\n[9:03 AM] Lee Chen\n"
         "yes, our queue too\n[9:05 AM] Dana Smith\nworkflow emails especially",
         # the headers of a mail a reply quotes, after the line that starts it (symptoms._REPLY_START)
         "Any update on this?\n\nOn Tue, Nov 26, 2026 at 10:02 AM Dana Smith <dana@contoso.com> wrote:\n> Our emails from "
         "Dynamics have been stuck in Pending Send since Monday.\n> Workflow emails and manual ones alike.",
         "Thanks Lee.\n-----Original Message-----\nFrom: Dana Smith\nSent: Tuesday\nSubject: Emails stuck\n\nOur emails "
         "from Dynamics have been stuck in Pending Send since Monday.",
         # The product named where the wording does not (an alert of another version).
         "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Dana Park "
         "is configured with another Dynamics 365 organization.",
         "Appointments can't be synchronized because the Organizer field isn't presnet.",
         "The mailbox location could not be determined while sending the email message \"Hi\". Mailbox Ops didn't "
         "synchronize. The owner of the associated email server profile EXO has been nutifi.",
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure "
         "connection to the email server. Thanks.",
         # Quoted-printable out of a mail's source; direction marks around names; a JSON surrogate pair.
         "Email can=E2=80=99t be received for the mailbox Jos=C3=A9 because an error occurred while establishing a s=\n"
         "ecure connection to the email server. The mailbox has been disabled for receiving email and the owner of=\n"
         " the email server profile a=3Db has been notified.", "The mailbox Room=A1 x=\n" + "y" * 90,
         quopri.encodestring("Email can\u2019t be received for the mailbox M\u00fcller & S\u00f6hne because an error occurred "
                             "while establishing a secure connection to the email server.".encode()).decode(),
         # A statement in the alerts' form needs strong evidence to be a symptom; a person's need not.
         "This email can't be sent because it has no recipients.", "emails can't be sent because they stay in pending send",
         "Why can't this email be sent because of no recipients", "This email cannot be tracked, because it was sent from a mailbox.",
         "we refreshed the sandbox from production and now the mailboxes sync with the wrong org",
         "You can't track this item because tracking is disabled for your mailbox.", "Thanks for your help. Emails stuck",
         "Sign-in blocked: your account has been disabled by an administrator.", "Youré mailbox is disabled",
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server. Please help!", "Email can't be received for the mailbox Ops because an error occurred "
         "while establishing a secure connection to the email server. Please email us",
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server. Thanks in advance!",
         # A mail's sign-off is cut as a trailer.
         "Email can't be received for the mailbox Ops because an error occurred while establishing a secure connection "
         "to the email server.\n-- \nDana Smith\nIT", "email stuck in pending send\nKind regards,\nDana",
         "Thanks\nEmail can't be sent because the mailbox Ops is disabled.\nSent from my iPad",
         "server side sync turns the queue mailbox off again and again", "turn on the mailbox and log off",
         "unable to send emails, they stay in pending send", "Unable to connect to the remote server.",
         "the ending of an older email with sufficient rights was paused", "mialbox dissabled",
         "older emails are not tracked", "mounted mailbox fails to sync", "emails ending in pending send",
         "sent emails are tracked as incoming because they were in the inbox", "emails are not sent because the mailbox is not approved",
         "The mailbox was disabled because of too many transient errors.",
         "We keep having to re-enable the support queue mailbox, it gets disabled over and over", "is POP3 supported",
         "sandbox and production both sync the same mailbox",
         # A long question is measured as if it had a short description's terms (with "?" only).
         "Morning all, after our network people swapped the certificate on the Exchange box, appointments and "
         "contacts quit syncing for every user while mail still flows in. What needs fixing on our side?",
         "Morning all, after our network people swapped the certificate on the Exchange box, appointments and "
         "contacts quit syncing for every user while mail still flows in. Something needs fixing on our side.",
         "Is there a way to find out which of our users' mailboxes failed to sync during the month, with the "
         "errors, for an audit our finance department runs every quarter?",
         # A link's "?" asks nothing.
         "Your email could not be delivered to the queue because the recipient mailbox is disabled. Visit "
         "https://support.contoso.com/kb?id=4411 for more information about enabling mailboxes in Exchange.",
         "is the pending send status explained at https://learn.microsoft.com/power-platform/admin/?",
         "mailbox keeps getting disabled, see WWW.contoso.com/kb?a=1&b=2",
         "EXO throttles our mails", "impersonation with exo supported?", "Contoso EXO profile",
         "service account has no perms on the mbx", "pwd in email server profile is wrong", "ssl certs and creds",
         "creds expired in email srv profile", "POP3 SSL cert err, no incoming",
         # The template's punctuation after a value, with a space inside it.
         'The mailbox location could not be determined while sending the email message "Invoice 1042" . Mailbox '
         "Support didn't synchronize. The owner of the associated email server profile EXO has been notified.",
         'The mailbox location could not be determined while sending the email message " Invoice 1042 " . Mailbox '
         "Support didn't synchronize.",
         # A list's "Show more" link after a cut, or on a last line of its own.
         "Email can't be received for the mailbox Ops Team because an error occurred while establish... Show more",
         "Email can't be received for the mailbox Ops Team because an error occurred while establishing a secure con… See more",
         "Email can't be received for the mailbox Show more because an error occurred while establishing a secure "
         "connection to the email server.\nShow less\n", "...Show more", "😀" * 30 + "... read more.",
         # A question about an alert it cites, which no wording fits: not named from its other words.
         "Our queue keeps showing 'Email can't be sent because the size of the email message exceeds the limit "
         "configured on the email server.' What is the limit for Exchange Online and can we raise it?",
         "Every few days the queue mailbox has been disabled for receiving email and we have to enable it again. "
         "Why does it keep happening?",
         # A whole forum post: its closest rules are listed, none is named.
         "Hi all, first post here. We run a small helpdesk with one queue mailbox that gets a few hundred emails "
         "every day. Every few days that mailbox is disabled and we only find out when customers chase us. Running "
         "Test and Enable fixes it for a while, then it happens again. Our Exchange is online, the profile looks "
         "fine and the credentials are right. Does server-side sync give up on a mailbox after some number of "
         "errors, and can we change that?",
         "mailbox disabled again queue helpdesk exchange online profile credentials test enable errors retry "
         "threshold customers emails support inbox sync server side dynamics outlook appointment contact task "
         "approval gmail pop3 smtp dashboard",
         "Em\u0430il \u0441an't b\u0435 received for the m\u0430ilbox \u0418\u0432\u0430\u043d because an error occurred while "
         "establishing a secure connection to the email server. na\u00efv\u0435 \u03a9mega \u0421\u0410\u041d'\u0422",
         # JSON inside JSON: escaped twice, decoded twice; escaped once, a name's backslash stays.
         json.dumps(json.dumps({"message": "Email can't be received for the mailbox Chlo\u00e9 \"A\" because an error "
                                           "occurred while establishing a secure connection to the email server."})),
         json.dumps({"message": "Email can't be received for the mailbox CONTOSO\\nadia because an error occurred."}),
         "Hi team,\nThanks\nemails stay in pending send\nsince monday\nfor all users\nfrom the web app\nany idea?\nDana",
         "email stuck in pending send\nThanks\n\u00a0Dana\u3000Smith\nIT",
         "mailbox keeps getting disabled -- sent from my phone, excuse typos",
         "Outlook.com POP3 is not FIPS 140-2 compliant. Weirdly it worked yesterday.",
         "Email can't be delivered because the recipient's mailbox is disabled. Management is breathing down my neck.",
         "emails stay in pending send. Is that normal? Affects approx. 15 users. Happy holidays!",
         "Happy holidays! Why?",
         "Outlook.com POP3 is not FIPS 140-2 compliant (D365 CE, EU region)",
         "mailbox keeps getting disabled (typing on mobile) (Error 0x80070057) (\U0001f680 on the road) ((nested) aside)",
         "The server cannot service this request right now. Try again later. (ErrorServerBusy) (sorry, on my phone)",
         "Email can't be delivered because the recipient's mailbox is disabled. I am new to Dynamics administration.",
         "Outlook.com POP3 is not FIPS 140-2 compliant, sorry for my English. Apologies for any typos.",
         "Long time reader, first post. Outlook.com POP3 is not FIPS 140-2 compliant, sry for bad english",
         "mailbox keeps getting disabled (sorry, long time no post) - first time poster here",
         "Email can't be sent because the credentials specified in the associated email server profile are incorrect or "
         "have insufficient permissions for sending email. The mailbox R&D/Ops-EU.a.b.c:d;e f-g-h-i-j-k has been disabled "
         "for sending email and the owner of the email server profile 0 has been notified.",
         "Email can't be received for the mailbox Ops has been disabled for sending email and the owner of the server "
         "one two three four five six seven because an error occurred while establishing a secure connection.",
         "The mailbox kim.lee@contoso.com is disabled for email processing because the email address was changed.",
         "mailboxes were disabled because the email addresses were never approved",
         "our mailbox says an error occurred while establishing a secure connection to the email server, how to fix?",
         "the mailbox record says the email address of the mailbox is not approved and the mailbox has been disabled, ok?",
         "our mailbox says an error occurred while connecting to the email server because the certificate expired, why?",
         "Email can't be received for the mailbox \u2068Dana\u00adLee\u2069 because an error occurred while establishing "
         "a secure connection to the email server. The owner of the email server profile \u200eEWS\u200f has been notified.",
         '{"message": "Email can\'t be received for the mailbox Zo\\u00eb \\ud83d\\ude80 Team \\ud83d because an error '
         'occurred while establishing a secure connection to the email server."}',
         # a mail app's sign-off goes, the words of a sentence stay; the one case-sensitive phrase (terms.phrase_patterns)
         "replies I sent from Outlook show up as incoming emails", "Emails Sent From Outlook Are Tracked As Incoming",
         "sent email is showing as incoming, Sent from Outlook for iOS", "emails sent from my iphone are incoming\nSent from my iPhone",
         # a remedy tried ends where "and" tells what happened then (terms.phrase_patterns)
         "we tried your steps and emails are still stuck in pending send", "tried test and enable and enable again",
         "I tried re-entering the password and the mailbox still gets disabled again and again",
         # "for email processing" is the product's name for a mailbox's mail handling (terms.phrase_patterns)
         "mailbox keeps getting disabled for email processing", "How do I enable a mailbox for email processing?",
         # how one asks where a thing is: no thing that can't be found (terms.phrase_patterns)
         "How do I find all mailboxes with sync errors in one place?", "autodiscover can't find the mailbox",
         # mail that does not leave is not sent (terms.phrase_patterns)
         "outgoing email not leaving dynamics 365", "The user is leaving the company",
         # a title's "not working" fails as "is not working" does, not "work out" (terms.phrase_patterns)
         "server side sync with gmail not working", "gmail won't work with server-side sync", "we could not work out why",
         # not staying enabled, keeping an eye on, out of office, apps (terms.phrase_patterns, terms synonyms)
         "the mailbox won't stay enabled", "how can I keep an eye on server-side sync health across all mailboxes?",
         "Out of office replies not working in Exchange Online", "Gmail stopped syncing after Google turned off less secure apps",
         # an approval done is a success; one that "has to be" done, or did not help, is not (symptoms.SUCCESS_WORDS)
         "Your Microsoft 365 global administrator approved the email address.",
         "the mailbox says its email address has to be approved by a Microsoft 365 global admin",
         "Mailboxes of new users are disabled until their email addresses are approved.",
         # a request to look at it is no test; what is to be checked stays; "coming" is no term (terms.phrase_patterns)
         "the sent mails are coming as incoming in CRM timeline, kindly check", "please check the email server profile",
         "Dear team, emails are stuck in pending send. Kindly check and revert.",
         # a slip of a word that says nothing is left out, not weighed as a rare word (symptoms.FILLER_SPELLINGS)
         "Following your advice we checked the organizer field, appointments stlil don't sync.",
         "we have 40 mailboxes waiting because thier email addresses haven't been approved yet",
         "emails not beign sent from dynamics 365", "The printer on the third floor shows three errors",
         # a service's instruction to the reader, a hexadecimal error number: a system's message (symptoms)
         "The server could not be reached. Check your internet connection.",
         "Sending reported error (0x800CCC0E): 'Outlook cannot synchronize subscribed folders for user@contoso.com. "
         "Error: Cannot connect to the server.'", "the mailbox was disabled, it says check your email server profile credentials",
         "Connection error: Unable to connect to the mail server at pop.contoso.com:995.",
         # found, there, done: a success (symptoms.SUCCESS_WORDS)
         "Autodiscover located the mailbox on outlook.office365.com.", "The Organizer field is present on the appointment form.",
         "the organizer field is present on the form but appointments still don't sync",
         # what is "un-" done is not done (terms synonyms)
         "mailbox location undetermined when receiving email", "unapproved email addresses",
         # agents, reps, the timeline: the story's words (terms.EVERYDAY_WORDS)
         "the emails our agents send appear as incoming on the timeline", "The timeline doesn't show notes older than a year.",
         # logged in is signed in, logged or marked as is recorded; starting, understanding: the story (terms)
         "Licensing audit: a user who hasn't logged in for 6 months appears as an active user",
         "sent items missing so email marked incoming", "The email server profile was saved.",
         # to check which is to see; to check whether is to test (terms.phrase_patterns)
         "I need a place to check which mailboxes are failing to sync", "check whether EWS is reachable from the internet",
         # delivered is no term, not delivered is undelivered (terms.phrase_patterns, SEARCH_STOPWORDS)
         "Sent emails were delivered but show up in CRM as incoming", "emails from CRM don't get delivered",
         "Message delivered to the recipient's mailbox.",
         # never goes out, never became an activity, after an hour (terms.phrase_patterns)
         "why do emails sent from the CRM never actually go out?", "a 160 MB email from a supplier never became an activity",
         "email from a contact record never sent, still pending send after an hour",
         # the Gmail domain alone is Gmail, not inside an address (terms.phrase_patterns)
         "test & enable for a gmail.com mailbox keeps failing", "sales@gmail.com fails test and enable",
         "service account used by the email server profile can't impersonate users",
         "We logged a case with Microsoft last week and emails are still stuck in pending send.",
         "Mailbox storage quota exceeded in Exchange Online.",
         # three rules alike: each close rival lowers the leader's confidence (decide._discount_rivals)
         "The connection to the server failed.",
         # a service's "try again" makes a system's message; a person's "tried again" does not (INSTRUCTING_THE_READER)
         "This message is too large to send. Remove attachments and try again.",
         "Our 200 MB email never showed up in Dynamics. We removed attachments and tried again.",
         # ACT is appointments, contacts and tasks (terms.phrase_patterns)
         "ACT sync for a mailbox disabled because a secure connection couldn't be established",
         "synchronization of ACT disabled for the mailbox after a secure connection error",
         # a text that only tells the reader what to do names nothing (symptoms.only_instructs)
         "Check your internet connection.", "Check your internet connection. Please help",
         "ACT sync failed with a secure connection error. Check your Exchange server certificate.",
         # how the asker frames it says nothing; a service's message after the asker's role stays a service's
         # (terms.phrase_patterns, symptoms.in_service_voice)
         "Long story short: emails stuck in pending send", "As a new CRM admin, emails stuck in pending send",
         "emails stuck in pending send (CE 9.2, NA region)", "emails stuck in pending send. Can't share screenshots due to policy.",
         "As a global admin I can't approve the email address", "Junior admin here, emails stuck in pending send",
         "Not sure if this is the right forum, but The appointment was tracked in Dynamics 365.",
         "To cut a long story short, We couldn't establish a secure connection to your email server.",
         "As a new CRM admin, We couldn't establish a secure connection to your email server.",
         # a retold alert names the rule whose wording it holds most of, then the surer fit (decide._retold_most)
         "Since Monday my mailbox is disabled for syncing appointments, contacts and tasks; the alert blames a secure "
         "connection error with our Exchange.",
         "incoming email disabled for the queue, error while establishing a secure connection with the email server",
         # a paste has a wording's first words up to its first name (decide._pasted_head)
         "Since the move to EXO I see email can't be received because the email address of my mailbox must be "
         "approved by an Office 365 administrator.",
         "I was told email can't be received for my mailbox because the credentials in the email server profile are "
         "incorrect.", "email can't be sent because the mailbox email address needs approval from a microsoft 365 admin",
         "we are getting email can't be received for our mailbox because the mailbox is full on the email server",
         # what a description reports an alert said must fit the rule it names (decide.REPORTED_FIT)
         "Contacts and tasks don't sync for my mailbox; the alert says the Exchange server is being patched.",
         "our help desk mailbox is disabled for email now, the alert says there were too many timeouts",
         "Outgoing emails show up as received emails on the timeline",
         "ALERT SAYS THE MAILBOX LOCATION COULD NOT BE DETERMINED WHEN SENDING",
         # a word of the message's own paired with a little word of the wording is an extra word (align._trace)
         "An unknown error occurred while receiving email. Mailbox Billing didn't synchronize. The owner of the "
         "associated email server profile Contoso Exchange has been notified.",
         # a word lost and another gained in one gap is a word replaced (align._replaced)
         "Email can't be received for the mailbox Mei Chen because an error occurred while closing secure connection "
         "to the email server. The mailbox has been disabled for receiving email and the owner of the email server "
         "profile Gmail P has been notified.",
         # a modal verb is no search term ("must")
         "mailbox email address must be approved before it can be enabled",
         # a page's mark between two lines copied out of a PDF (clean._PAGE_MARK)
         "Email can't be received for the mailbox HR Inbox (UK) because an error occurred while establishing a\nPage 2 of 3\n"
         "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the\n"
         "- 3 -\nemail server profile Wingtip EXO has been notified.",
         # a ticket's frame ("User reports that") is no search term (terms.phrase_patterns)
         "User reports that emails he sends appear as incoming in Dynamics",
         "Sales rep reports that outgoing emails from CRM are stuck with status Pending Send.",
         "the user reports that the report of sync errors is empty",
         # a character reference needs its semicolon (clean._REFERENCE): "&notes" is a name's letters
         "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox\n"
         "Sales&notes &amp; R&D&copy is configured with another organization.",
         # a list of alerts cut off, one a line (readings.first_listed_alert, _another_alert)
         "Appointments, contacts, and tasks can't be synchronized because the email address of the mailbox Ops is "
         "configured with another organization.\nAppointments, contacts, and tasks can't be synchronized because the "
         "email address of the mailbox Sales is configured with another organization.",
         "Appointments can't be synchronized because the Organizer\nEmail can't be received because the credentials "
         "specified in the associated email server profile are incorrect or have insufficient permissions for",
         "Email can't be received for the mailbox Intake because an error occurred while\nAn unknown error occurred "
         "while sending the email message \"Q3\". Mailbox Ops didn't synchronize. The owner of the associated email",
         # the error code as a field before the alert (clean.CODE_FIRST_WORDS)
         "[Error] Email Server Error Code: Crm.80044151 | Email can't be received for the mailbox Harbor Ops because an "
         "error occurred while establishing a secure connection to the email server. The mailbox has been disabled for "
         "receiving email and the owner of the email server profile Tailspin EXO has been notified.",
         "ERROR; Email Server Error Code: X; An unknown error occurred while sending the email message \"Q3\". Mailbox Ops "
         "didn't synchronize. The owner of the associated email server profile EXO has been notified.; Email Server "
         "Error Code: Y",
         "Email Server Error Code: X\nDetails: at Foo.Bar()",
         # UTF-8 shown as Windows-1252 twice over (clean.MOJIBAKE_LAYERS)
         "Email canÃ¢â‚¬â„¢t be received for the mailbox ZoÃƒÂ« Berg because an error occurred while establishing a "
         "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of "
         "the email server profile Ã¢â‚¬Å“CafÃƒÂ© EXOÃ¢â‚¬ï¿½ has been notified.",
         # UTF-8 shown in a console's code page 437 and 850; a box drawn in it stays (mojibake.misreadings)
         "Email canΓÇÖt be received for the mailbox Zo├½ ├àngstr├╢mΓÇÖs ΓÇ£boxΓÇ¥ because an error "
         "occurred while establishing a secure connection to the email server. The mailbox has been "
         "disabled for receiving email and the owner of the email server profile Caf├⌐ EXO ΓÇö Bj├╢rk "
         "≡ƒÿÇ has been notified.",
         "Email canÔÇÖt be received for the mailbox Zo├½ ├àngstr├ÂmÔÇÖs ÔÇ£boxÔÇØ because an error "
         "occurred while establishing a secure connection to the email server. The mailbox has been "
         "disabled for receiving email and the owner of the email server profile Caf├® EXO ÔÇö Bj├Ârk "
         "\xadƒÿÇ has been notified.",
         "Email can't be received for the mailbox Bj\u251c\u2562rk \u251c\u2500\u2500\u2524 because an error occurred while "
         "establishing a secure connection to the email server. The mailbox has been disabled for receiving email and "
         "the owner of the email server profile \u2554\u2550\u2550\u2557 EXO has been notified.",
         "Email can't be received for the mailbox Ahmet K\u0131l\u0131\u00e7 because an error occurred while establishing a "
         "secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
         "email server profile V\u00ed\u00f0\u00e1ttan \u00df\u00c4\u00d6 has been notified.",
         "Email can't be received for the mailbox Ahmet K\u2500\u2592l\u2500\u2592\u251c\u00ba because an error occurred "
         "while establishing a secure connection to the email server. The mailbox has been disabled for receiving email "
         "and the owner of the email server profile \u00d0\u00a3 has been notified.",
         # syslog's stamp on each line of a wrapped alert, a C library's date, a logger's dotted name (clean.LOG_PREFIX)
         "<11>Nov  3 10:00:03 crmhost AsyncService[4242]: Email can't be received for the mailbox Box 7 because an\n"
         "<11>Nov  3 10:00:03 crmhost AsyncService[4242]: error occurred while establishing a secure connection to\n"
         "<11>Nov  3 10:00:03 crmhost AsyncService[4242]: the email server. The mailbox has been disabled for\n"
         "<11>Nov  3 10:00:03 crmhost AsyncService[4242]: receiving email and the owner of the email server profile\n"
         "<11>Nov  3 10:00:03 crmhost AsyncService[4242]: P1 has been notified.",
         "Fri Nov 20 10:00:03 2026 ERROR Email can't be received for the mailbox Ops because an error occurred\n"
         "Fri Nov 20 10:00:03 2026 ERROR while establishing a secure connection to the email server. The mailbox has\n"
         "Fri Nov 20 10:00:03 2026 ERROR been disabled for receiving email and the owner of the email server profile\n"
         "Fri Nov 20 10:00:03 2026 ERROR P1 has been notified.",
         "2026-11-20 10:00:03,123 [5] ERROR Microsoft.Crm.Sss - Email can't be received for the mailbox Ops because an "
         "error occurred while establishing a secure connection to the email server.",
         "May 5 mailboxes can't receive email",
         "November 20, 2026 10:00 AM: Email can't be received for the mailbox Ops-EU",
         # a hard fold that falls before a hyphen (decide._fold_vote)
         "An unknown error occurred while sending the email message \"Q3 plan\". Mailbox Ops\n-EU didn't synchronize. "
         "The owner of the associated email server profile Gmail P\nOP3 has been notified.",
         # a run of two words that starts the wording and the message alike anchors (align._both_start_with)
         "An unknown err0r occurred vvhile sendlng the emaiI rnessage \"Status update\". Mailbox Claims Desk didn't "
         "synchronizc. The owner of the associated email server profile Legacy POP has been notified.",
         "An unknovvn err0r occurred whlle receivlng emaiI. Mailbox Intake didn't synchronize. The owner of the "
         "associated email server profile EXO has been notified.",
         "<p>Email can&#39;t be received for the mailbox Tom&amp because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the email "
         "server profile &lt;P&gt;&notit; has been notified.</p>",
         # an ideographic space is a CJK name's own; other blanks are one space (extract._one_space)
         "Email can't be received for the mailbox 営業部\u3000東京 because an error occurred while establishing a secure "
         "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
         "associated email server profile Sales\u00a0\u3000EXO has been notified.",
         # an emoji after a sentence's end is no part of the value before it (extract._without_pictographs_after_its_end)
         "The mailbox location could not be determined while sending the email message Q3 report. \u26a0\ufe0f The mailbox "
         "Launch \U0001f680 has been disabled for sending email and the owner of the associated email server profile "
         "EXO. \U0001f525\U0001f525 has been notified.",
         'An unknown error occurred while sending the email message "Q3 report". \U0001f449 Mailbox Sales? \u2728 didn\'t '
         "synchronize. The owner of the associated email server profile EXO has been notified.",
         # every blank written as "_" (clean.underscored_blanks); not a name, nor a constant
         "Email_cant_be_received_for_the_mailbox_Sales_Team_because_an_error_occurred_while_establishing_a_secure_"
         "connection_to_the_email_server.",
         "The mailbox svc_crm_sync_prod_eu_west_two has been disabled for receiving email.",
         "MAILBOX_DISABLED_FOR_INCOMING_EMAIL_SYNC_SECURE_CONNECTION_ERROR",
         # an alert no rule covers that names a mailbox or a message failing, and why (decide._tells_of_a_named_object_
         # failing); a person's, a question, another system's without a reason, no sentence: none
         "The mailbox Łukasz Wójcik can't be enabled because another mailbox already uses its email address.",
         'The email message \u201cRE: PO 4471\u201d can\u2019t be sent because the recipient address is invalid. Mailbox '
         "Intake didn't synchronize.",
         "An unknown error occurred while synchronizing tasks for the mailbox Sales. Mailbox Sales did not synchronize.",
         "Tasks can't be synchronized because the mailbox kiri@northwind.example has no security role.",
         "2026-11-02 10:00:01 ERROR The mailbox Finance couldn't be tested because the profile is disabled.",
         "Our mailbox Sales was disabled because the alert says the profile was deleted.",
         "Why was the mailbox Sales disabled because of the profile?",
         "The mailbox Sales Team could not be found in the global address list.",
         "Check the mailbox Sales: it was disabled because of the profile",
         # an alert cut at a name, then a paragraph or a code block's fence: the name ends there (clean.PARAGRAPH_END);
         # refused as a whole, each paragraph is read alone (readings._paragraphs_alone)
         "Email can't be received for the mailbox Kiri Te Whare because the email address of the mailbox Kiri Te Whare is "
         "not approved and the mailbox has been disabled. The owner of the associated email server profile Main "
         "Exchange Profile\n\nAny idea?",
         "Hi all,\n\nEmail can't be received for the mailbox Kiri Te Whare because the email address of the mailbox Kiri "
         "Te Whare is not approved and the mailbox has been disabled. The owner of the associated email server profile "
         "Main Exchange Profile\n\nCan anyone help me figure out what this means for our team? Thanks",
         "Hi, we get this:\n```\nEmail can't be received for the mailbox Kiri Te Whare because the email address of the "
         "mailbox Kiri Te Whare is not approved and the mailbox has been disabled. The owner of the associated email "
         "server profile Main Exchange Profile\n```\nAny idea?",
         "Any idea?\n\nKiri Te Whare because the email address of the mailbox Kiri Te Whare is not approved and the "
         "mailbox has been disabled.",
         "Email can't be received for the mailbox Kiri Te Whare because the email address of the mailbox Kiri Te Whare is "
         "not approved and the mailbox has been disab...\n\nthis started after we moved tenants, can anyone help me?",
         # a grid's row with the alert cut short in a cell; a value at its cell's end; tabs for every blank are blanks
         "Error\t11/24/2026 9:12 AM\tEmail cannot be sent because the email address of the mailbox Zoë Van Dyke requires "
         "an approval by an Offic\tMailbox\tActive",
         "Severity\tDescription\tRegarding\nError\tEmail cannot be sent because the email address of the mailbox Zoë Van "
         "Dyke requires an approval by an Offic\tZoë Van Dyke",
         "Error\t11/24/2026 9:12 AM\tEmail can't be received for the mailbox Kiri Te Whare because the email address of "
         "the mailbox Kiri Te Whare is not approved and the mailbox has been disabled. The owner of the associated email "
         "server profile Main Exchange Profile\tMailbox\tActive",
         "Email\tcan't\tbe\treceived\tfor\tthe\tmailbox\tKiri\tTe\tWhare\tbecause\tthe\temail\taddress\tof\tthe\tmailbox\t"
         "Kiri\tTe\tWhare\tis\tnot\tapproved\tand\tthe\tmailbox\thas\tbeen\tdisabled.\tThe\towner\tof\tthe\tassociated\t"
         "email\tserver\tprofile\tMain\tExchange\tProfile",
         # a paragraph that two alerts' wordings fit as well names none (readings._rivalled)
         "Subject: help needed\n\nHi,\n\nThe mailbox Ops has been disabled for receiving email and the owner of the email "
         "server profile EXO has been notified.\n\nThanks,\nKevin",
         'The email message \u201cCan we meet?\u201d was rejected because the recipient address is invalid. Mailbox Ops '
         "didn't synchronize.",
         'Why? The email message "Can we meet?" was rejected because the recipient address is invalid.',
         # a terminal's colour, title and link codes (clean._TERMINAL_CODE)
         "\x1b]0;tail -f sync.log\x07\x1b[32m2026-11-26 10:00:00\x1b[0m \x1b[31mERROR\x1b[0m Email can't be received for the "
         "mailbox \x1b[1;33mSales Queue\x1b[0m because an error occurred while establishing a secure connection to the "
         "email server. The mailbox has been disabled for receiving email and the owner of the email server profile "
         "\x1b]8;;https://crm.example/p\x1b\\EXO\x1b]8;;\x1b\\ has been notified.\x1b[K"]


def _mail_sources() -> list[str]:
    """A saved mail's source with the alert in base64 parts (clean._BASE64_PART): UTF-8 with the HTML alternative,
    Windows-1252, and base64 cut short (left as written)."""
    alert = ("Email can\u2019t be received for the mailbox Zo\u00eb Berg because an error occurred while establishing a "
             "secure connection to the email server. The mailbox has been disabled for receiving email and the owner "
             "of the email server profile Caf\u00e9 EXO has been notified.")
    def part(kind: str, text: str, charset: str) -> str:
        encoded = base64.encodebytes(text.encode(charset)).decode()
        return (f"--b1\r\nContent-Type: text/{kind}; charset={charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                f"{encoded.replace(chr(10), chr(13) + chr(10))}\r\n")
    head = "From: CRM <crm@contoso.example>\r\nSubject: Mailbox alert\r\nContent-Type: multipart/alternative; boundary=b1\r\n\r\n"
    utf8 = head + part("plain", "Hello,\n\n" + alert, "utf-8") + part("html", f"<p>{alert}</p>", "utf-8") + "--b1--\r\n"
    cp1252 = head + part("plain", alert, "cp1252") + "--b1--\r\n"
    return [utf8, cp1252, cp1252.replace("Content-Transfer-Encoding: base64\r\n\r\n", "Content-Transfer-Encoding: base64\r\n\r\nQ")]


def _long_pastes() -> list[str]:
    """Pastes longer than the part that is matched (readings.PasteReadings._read_on, normalize._cut_after_a_line): an alert
    deep in a log, one on the line across the cut, one in a text without line breaks, a log without one, and one after
    equal lines only (a first part that reads as a paste doubled)."""
    line = "Mailbox queue polled, 3 items received and 0 errors in this cycle of the service.\n"
    alert = ("Email can't be received for the mailbox Kim Lee because an error occurred while establishing a secure "
             "connection to the email server. The mailbox has been disabled for receiving email and the owner of the "
             "email server profile EXO Prod has been notified.")
    across = line * (7_900 // len(line))
    across += "x" * (7_900 - len(across) - 1) + "\n"
    # Emoji count as one character in Python, two UTF-16 units in JS: the site's matcher cuts where Python does.
    emoji = "\U0001f514 Mailbox queue polled \U0001f4ec, 3 items received \U0001f600 in this cycle.\n"
    before = emoji * ((8_000 - len(alert) - 20) // len(emoji))
    return [line * 130 + "ERROR " + alert + "\n" + line * 3, across + alert + "\n" + line * 5,
            "lorem ipsum dolor sit amet " * 330 + alert, line * 150, line * 96 + alert + "\n" + line * 20,
            before + alert + "\n" + emoji * 40, before + "\U0001f600" * 60 + " " + alert + "\n" + emoji,
            emoji * (31_000 // len(emoji)) + "ERROR " + alert]


def main() -> None:
    kb = KnowledgeBase.load()
    messages = [json.loads(line)["message"] for line in open(HERE.parent / "corpus" / "own.jsonl", encoding="utf-8")]
    with open(HERE / "vectors.jsonl", "w", encoding="utf-8") as out:
        for message in messages + EDGES + _long_pastes() + _mail_sources():
            decided = kb.decide(message)
            decision = decided.to_dict()
            expect = {k: decision[k] for k in ("rule_id", "params", "confidence", "alternatives", "wording")}
            expect["alert_like"] = decided.alert_like  # an alert no rule documents: the paste box says so too
            out.write(json.dumps({"message": message, "expect": expect}, ensure_ascii=False) + "\n")
    print(f"{len(messages) + len(EDGES) + len(_long_pastes()) + len(_mail_sources())} vectors written")
    words = sorted({match.group().lower() for rule in kb.rules for text in (rule.title, rule.summary, *rule.symptoms)
                    for match in WORD.finditer(text)})
    # A word's symptom search runs in both; its other forms ("stopping", "copies") only here.
    forms = [word + ending for word in words for ending in ("", "s", "es", "ed", "ing", "ies", "ied")]
    with open(HERE / "terms.jsonl", "w", encoding="utf-8") as out:
        for text in forms:
            out.write(json.dumps({"text": text, "terms": search_terms(text)}, ensure_ascii=False) + "\n")
    print(f"{len(forms)} word forms written")


if __name__ == "__main__":
    main()
