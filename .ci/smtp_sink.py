"""A real SMTP server for the tests, built on aiosmtpd.

    python3 .ci/smtp_sink.py --port PORT --dir DIR [--no-pipelining]

Listens on 127.0.0.1:PORT and stores every accepted message as one JSON file in DIR:
mail_from and rcpt_to (the envelope), headers (lowercased name -> decoded values),
subject, text and html (the decoded text/plain and text/html parts, or null) and raw.

It announces PIPELINING, as most relays do, unless started with --no-pipelining.
Recipients steer the replies by their local part (case-insensitive):
  bounce*    550 5.1.1 at RCPT time, always
  tempfail*  451 4.3.0 the first time this process sees that exact address, then accepted

Prints `listening on 127.0.0.1:PORT` once it accepts connections; SIGTERM or SIGINT stops it.
"""

import argparse
import asyncio
import email
import email.policy
import errno
import itertools
import json
import os
import signal
import sys
import uuid

from aiosmtpd.smtp import SMTP

# The tests sort file names to get the order of arrival, so the counter is zero-padded
# and wide enough never to gain a digit in a test run.
COUNTER_WIDTH = 10


def first_free_number(directory):
    """One past the highest number already in DIR, so that a sink restarted on the same
    DIR keeps the file names in the order the messages arrived."""
    highest = -1
    for name in os.listdir(directory):
        number, dash, _ = name.partition("-")
        if dash and name.endswith(".json") and number.isdigit():
            highest = max(highest, int(number))
    return highest + 1


def part_text(message, subtype):
    """The decoded body of the text/SUBTYPE part (the whole message if it is one), or None."""
    part = message.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_type() != f"text/{subtype}":
        return None
    try:
        return part.get_content()
    except (LookupError, UnicodeError, ValueError):
        # An unknown or wrong charset: keep what can be read rather than lose the message.
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace")


def decoded_headers(message):
    headers = {}
    for name, value in message.raw_items():
        try:
            value = str(message.policy.header_fetch_parse(name, value))
        except Exception:  # a header the parser cannot make sense of: keep it as sent
            value = str(value)
        headers.setdefault(name.lower(), []).append(value)
    return headers


def describe(envelope):
    content = envelope.content
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogateescape")
    message = email.message_from_bytes(content, policy=email.policy.default)
    headers = decoded_headers(message)
    subject = headers.get("subject", [None])[0]
    return {
        "mail_from": envelope.mail_from,
        "rcpt_to": list(envelope.rcpt_tos),
        "headers": headers,
        "subject": subject,
        "text": part_text(message, "plain"),
        "html": part_text(message, "html"),
        # "replace": JSON readers refuse the lone surrogates that "surrogateescape" makes.
        "raw": content.decode("utf-8", "replace"),
    }


class Sink:
    def __init__(self, directory, pipelining):
        self.directory = directory
        self.pipelining = pipelining
        self.numbers = itertools.count(first_free_number(directory))
        self.tempfailed = set()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        # aiosmtpd reads one command line at a time, so it serves pipelined commands
        # (RFC 2920) as they are; saying so lets clients send a mail's envelope in one write.
        session.host_name = hostname
        if not self.pipelining:
            return responses
        return responses[:-1] + ["250-PIPELINING", responses[-1]]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.rsplit("@", 1)[0].lower()
        if local.startswith("bounce"):
            return "550 5.1.1 mailbox unavailable"
        if local.startswith("tempfail") and address not in self.tempfailed:
            self.tempfailed.add(address)
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        try:
            record = describe(envelope)
        except Exception as error:  # tell the client rather than drop its connection
            print(f"cannot parse a message: {error!r}", file=sys.stderr, flush=True)
            return "554 5.6.0 cannot parse the message"
        name = f"{next(self.numbers):0{COUNTER_WIDTH}d}-{uuid.uuid4()}.json"
        final = os.path.join(self.directory, name)
        temporary = final + ".tmp"
        # Readers only look at *.json, and the rename makes each file appear whole.
        # No fsync: the files only need to outlive this process, not the machine.
        with open(temporary, "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False)
        os.replace(temporary, final)
        return "250 OK message stored"


async def serve(port, directory, pipelining):
    loop = asyncio.get_running_loop()
    sink = Sink(directory, pipelining)
    # Before listening, so that a signal sent as soon as the line appears still stops us cleanly.
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    # A fixed hostname: without one, aiosmtpd asks DNS for this host's name on every
    # connection, which can take seconds on a machine without a resolver.
    def factory():
        return SMTP(
            sink, hostname="smtp-sink.test", ident="dateline smtp sink", enable_SMTPUTF8=True
        )

    try:
        server = await loop.create_server(factory, host="127.0.0.1", port=port)
    except OSError as error:
        # The errno's name is what callers look for: a port taken by someone else since
        # they picked it is worth another try on another port, other errors are not.
        name = errno.errorcode.get(error.errno, "")
        print(f"cannot listen on 127.0.0.1:{port}: {name} {error}", file=sys.stderr, flush=True)
        return 2
    actual = server.sockets[0].getsockname()[1]
    print(f"listening on 127.0.0.1:{actual}", flush=True)
    await stop.wait()
    server.close()
    try:
        # Open client connections could keep this waiting; they are dropped at exit anyway.
        await asyncio.wait_for(server.wait_closed(), 1)
    except asyncio.TimeoutError:
        pass
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--no-pipelining", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    return asyncio.run(serve(args.port, args.dir, not args.no_pipelining))


if __name__ == "__main__":
    sys.exit(main())
