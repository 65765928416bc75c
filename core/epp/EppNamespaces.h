#pragma once

#include <QStringView>

// Namespace URIs of the EPP documents the desk reads and writes. Elements are
// always matched by these URIs, never by the prefix a peer happens to use.
namespace rd::epp::ns {

inline constexpr QStringView Epp = u"urn:ietf:params:xml:ns:epp-1.0";         // RFC 5730
inline constexpr QStringView EppCom = u"urn:ietf:params:xml:ns:eppcom-1.0";   // RFC 5730
inline constexpr QStringView Domain = u"urn:ietf:params:xml:ns:domain-1.0";   // RFC 5731
inline constexpr QStringView Host = u"urn:ietf:params:xml:ns:host-1.0";       // RFC 5732
inline constexpr QStringView Contact = u"urn:ietf:params:xml:ns:contact-1.0"; // RFC 5733
inline constexpr QStringView SecDns = u"urn:ietf:params:xml:ns:secDNS-1.1";   // RFC 5910
// The .PT extensions (pt-registry.md 1.1): the URIs kept "-1.0" when DNS.PT
// replaced the element set in 2019, so they say nothing about the version.
inline constexpr QStringView PtDomain = u"http://eppdev.dns.pt/schemas/ptdomain-1.0";
inline constexpr QStringView PtContact = u"http://eppdev.dns.pt/schemas/ptcontact-1.0";

} // namespace rd::epp::ns
