// EPP codec benchmark: build a domain:info command and read a full domain:info
// response (ptdomain and secDNS extensions included), N times over.
// Usage: bench_eppcodec [ROUND_TRIPS]   (default 20000)
#include "epp/EppCommands.h"
#include "epp/EppResponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QXmlStreamReader>
#include <algorithm>
#include <cstdio>

using namespace rd::epp;

namespace {

QTextStream out(stdout);

// The fact sheet's E4 answer, with the extra status, glue and DS record a
// signed domain with in-zone name servers carries.
const QByteArray infoResponse = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<epp xmlns="urn:ietf:params:xml:ns:epp-1.0">
  <response>
    <result code="1000">
      <msg>Command completed successfully</msg>
    </result>
    <resData>
      <domain:infData xmlns:domain="urn:ietf:params:xml:ns:domain-1.0">
        <domain:name>xn--aores-turismo-igb.pt</domain:name>
        <domain:roid>3158842-DNSPT</domain:roid>
        <domain:status s="ok"/>
        <domain:status s="clientTransferProhibited"/>
        <domain:registrant>MSLV-482913-ADNS</domain:registrant>
        <domain:contact type="tech">RGEX-100200-ADNS</domain:contact>
        <domain:ns>
          <domain:hostAttr>
            <domain:hostName>ns1.xn--aores-turismo-igb.pt</domain:hostName>
            <domain:hostAddr ip="v4">192.0.2.10</domain:hostAddr>
            <domain:hostAddr ip="v6">2001:db8:10::53</domain:hostAddr>
          </domain:hostAttr>
          <domain:hostAttr>
            <domain:hostName>ns2.xn--aores-turismo-igb.pt</domain:hostName>
            <domain:hostAddr ip="v4">192.0.2.11</domain:hostAddr>
          </domain:hostAttr>
          <domain:hostAttr>
            <domain:hostName>ns3.alojamento-exemplo.net</domain:hostName>
          </domain:hostAttr>
        </domain:ns>
        <domain:clID>regexemplo01</domain:clID>
        <domain:crID>regexemplo01</domain:crID>
        <domain:crDate>2021-06-14T10:22:31.000Z</domain:crDate>
        <domain:upID>regexemplo01</domain:upID>
        <domain:upDate>2024-11-02T08:05:12.000Z</domain:upDate>
        <domain:exDate>2026-06-14T23:59:59.000Z</domain:exDate>
        <domain:authInfo>
          <domain:pw>Kx7-padaria-91</domain:pw>
        </domain:authInfo>
      </domain:infData>
    </resData>
    <extension>
      <ptdomain:infData xmlns:ptdomain="http://eppdev.dns.pt/schemas/ptdomain-1.0">
        <ptdomain:legitimacy>X</ptdomain:legitimacy>
        <ptdomain:registration_basis>X</ptdomain:registration_basis>
        <ptdomain:autoRenew>true</ptdomain:autoRenew>
        <ptdomain:Arbitration>true</ptdomain:Arbitration>
        <ptdomain:ownerConf>false</ptdomain:ownerConf>
        <ptdomain:rl>false</ptdomain:rl>
      </ptdomain:infData>
      <secDNS:infData xmlns:secDNS="urn:ietf:params:xml:ns:secDNS-1.1">
        <secDNS:dsData>
          <secDNS:keyTag>20873</secDNS:keyTag>
          <secDNS:alg>13</secDNS:alg>
          <secDNS:digestType>2</secDNS:digestType>
          <secDNS:digest>6F3A0C5E2B9D41A7C8E05B7D3F1294AE6C0B8D2F7A5E3C1B9D4F6A8E0C2B7D5F</secDNS:digest>
        </secDNS:dsData>
        <secDNS:dsData>
          <secDNS:keyTag>41522</secDNS:keyTag>
          <secDNS:alg>13</secDNS:alg>
          <secDNS:digestType>2</secDNS:digestType>
          <secDNS:digest>A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90</secDNS:digest>
        </secDNS:dsData>
      </secDNS:infData>
    </extension>
    <trID>
      <clTRID>HD-20250310-0003</clTRID>
      <svTRID>PT-7731906</svTRID>
    </trID>
  </response>
</epp>
)";

double microseconds(const QElapsedTimer& timer, int count)
{
    return double(timer.nsecsElapsed()) / 1000.0 / count;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int count = args.isEmpty() ? 20000 : std::max(1, args.constFirst().toInt());

    const DomainInfoRequest request{QStringLiteral("açores-turismo.pt"), {}};
    auto clTRID = [](int i) { return QStringLiteral("HD-BENCH-%1").arg(i); };

    // Check once that the work is real, then warm up.
    QString error;
    const std::optional<EppResponse> check = parseResponse(infoResponse, &error);
    if (!check || !check->domainInfo || !check->domainInfo->pt ||
        check->domainInfo->dsRecords.size() != 2) {
        std::fprintf(stderr, "the sample response does not parse: %s\n", qUtf8Printable(error));
        return 1;
    }
    qsizetype sink = 0;
    for (int i = 0; i < count / 10 + 1; ++i) {
        sink += domainInfoCommand(request, clTRID(i)).size();
        sink += parseResponse(infoResponse)->domainInfo->nameServers.size();
    }

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        sink += domainInfoCommand(request, clTRID(i)).size();
    const double encode = microseconds(timer, count);

    timer.start();
    for (int i = 0; i < count; ++i)
        sink += parseResponse(infoResponse)->domainInfo->nameServers.size();
    const double decode = microseconds(timer, count);

    // The floor: Qt's reader tokenising the same bytes, building nothing.
    timer.start();
    for (int i = 0; i < count; ++i) {
        QXmlStreamReader reader(infoResponse);
        while (!reader.atEnd())
            sink += reader.readNext();
    }
    const double tokenise = microseconds(timer, count);

    timer.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray command = domainInfoCommand(request, clTRID(i));
        const std::optional<EppResponse> response = parseResponse(infoResponse);
        sink += command.size() + response->domainInfo->dsRecords.size();
    }
    const double roundTrip = microseconds(timer, count);

    auto us = [](double value) -> QString {
        return QString::number(value, 'f', 1) + QStringLiteral(" µs");
    };
    out << "EPP codec benchmark: " << count << " round trips (command "
        << domainInfoCommand(request, clTRID(0)).size() << " bytes, response "
        << infoResponse.size() << " bytes)\n\n"
        << "| Measure | Result |\n| --- | --- |\n"
        << "| build domain:info | " << us(encode) << " |\n"
        << "| parse domain:info response (ptdomain + secDNS) | " << us(decode) << " |\n"
        << "| round trip (build + parse) | " << us(roundTrip) << " |\n"
        << "| floor: QXmlStreamReader tokenising the response alone | " << us(tokenise) << " |\n";
    out.flush();
    return sink > 0 ? 0 : 1;
}
