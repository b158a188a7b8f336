// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_intel.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>

namespace closeloop {

using nlohmann::json;

namespace {

// Required actions as CISA words them (most entries share one of these).
const char* const Mitigate = "Apply mitigations per vendor instructions or discontinue use of the product if "
                             "mitigations are unavailable.";
const char* const Update = "Apply updates per vendor instructions.";
const char* const MitigateCloud = "Apply mitigations per vendor instructions, follow applicable BOD 22-01 guidance for "
                                  "cloud services, or discontinue use of the product if mitigations are unavailable.";
const char* const EndOfLife = "The impacted product could be end-of-life (EoL) and/or end-of-service (EoS). Users "
                              "should discontinue product utilization if a current mitigation is unavailable.";
const char* const Remediate = "Apply remediations or mitigations per vendor instructions or discontinue use of the "
                              "product if remediation or mitigations are unavailable.";
const char* const OpenSource = "This vulnerability affects a common open-source component, third-party library, or a "
                               "protocol used by different products. Please check with specific vendors for information "
                               "on patching status. For more information, please see: ";

struct Kev
{
    const char* cve;
    const char* vendor;
    const char* product;
    const char* name;
    const char* added;
    const char* description;
    const char* action;
    const char* due;
    bool ransomware;
    const char* advisory; // the notes before CISA's NVD link ("" for the NVD link only)
    const char* cwes;     // space separated
};

// Real entries of the catalog (cisagov/kev-data), as published; the notes end
// with the NVD link CISA appends.
const Kev KevEntries[] = {
    // The demo's own CVEs that CISA lists.
    {"CVE-2021-44228", "Apache", "Log4j2", "Apache Log4j2 Remote Code Execution Vulnerability", "2021-12-10",
     "Apache Log4j2 contains a vulnerability where JNDI features do not protect against attacker-controlled "
     "JNDI-related endpoints, allowing for remote code execution.",
     "For all affected software assets for which updates exist, the only acceptable remediation actions are: 1) Apply "
     "updates; OR 2) remove affected assets from agency networks. Temporary mitigations using one of the measures "
     "provided at https://www.cisa.gov/uscert/ed-22-02-apache-log4j-recommended-mitigation-measures are only "
     "acceptable until updates are available.",
     "2021-12-24", true, "", "CWE-20 CWE-400 CWE-502"},
    {"CVE-2021-45046", "Apache", "Log4j2", "Apache Log4j2 Deserialization of Untrusted Data Vulnerability", "2023-05-01",
     "Apache Log4j2 contains a deserialization of untrusted data vulnerability due to the incomplete fix of "
     "CVE-2021-44228, where the Thread Context Lookup Pattern is vulnerable to remote code execution in certain "
     "non-default configurations.",
     Update, "2023-05-22", true, "https://logging.apache.org/log4j/2.x/security.html", "CWE-917"},
    {"CVE-2022-22965", "VMware", "Spring Framework", "Spring Framework JDK 9+ Remote Code Execution Vulnerability",
     "2022-04-04",
     "Spring MVC or Spring WebFlux application running on JDK 9+ may be vulnerable to remote code execution (RCE) via "
     "data binding.",
     Update, "2022-04-25", false, "", "CWE-94"},
    {"CVE-2023-4911", "GNU", "GNU C Library", "GNU C Library Buffer Overflow Vulnerability", "2023-11-21",
     "GNU C Library's dynamic loader ld.so contains a buffer overflow vulnerability when processing the GLIBC_TUNABLES "
     "environment variable, allowing a local attacker to execute code with elevated privileges.",
     Mitigate, "2023-12-12", false,
     "OS https://sourceware.org/git/?p=glibc.git;a=commitdiff;h=1056e5b4c3f2d90ed2b4a55f96add28da2f4c8fa, "
     "https://access.redhat.com/security/cve/cve-2023-4911, https://www.debian.org/security/2023/dsa-5514",
     "CWE-122"},
    {"CVE-2023-44487", "IETF", "HTTP/2", "HTTP/2 Rapid Reset Attack Vulnerability", "2023-10-10",
     "HTTP/2 contains a rapid reset vulnerability that allows for a distributed denial-of-service attack (DDoS).",
     Mitigate, "2023-10-31", false, "OS https://blog.cloudflare.com/technical-breakdown-http2-rapid-reset-ddos-attack/",
     "CWE-400"},
    {"CVE-2023-4863", "Google", "Chromium WebP", "Google Chromium WebP Heap-Based Buffer Overflow Vulnerability",
     "2023-09-13",
     "Google Chromium WebP contains a heap-based buffer overflow vulnerability that allows a remote attacker to perform "
     "an out-of-bounds memory write via a crafted HTML page. This vulnerability can affect applications that use the "
     "WebP Codec.",
     Mitigate, "2023-10-04", false,
     "https://chromereleases.googleblog.com/2023/09/stable-channel-update-for-desktop_11.html?m=1", "CWE-787"},
    // Others, so the catalog reads like the real one.
    {"CVE-2023-34192", "Synacor", "Zimbra Collaboration Suite (ZCS)",
     "Synacor Zimbra Collaboration Suite (ZCS) Cross-Site Scripting (XSS) Vulnerability", "2025-02-25",
     "Synacor Zimbra Collaboration Suite (ZCS) contains a cross-site scripting (XSS) vulnerability that allows a remote "
     "authenticated attacker to execute arbitrary code via a crafted script to the /h/autoSaveDraft function.",
     MitigateCloud, "2025-03-18", false, "https://wiki.zimbra.com/wiki/Zimbra_Security_Advisories", "CWE-79"},
    {"CVE-2024-49035", "Microsoft", "Partner Center", "Microsoft Partner Center Improper Access Control Vulnerability",
     "2025-02-25",
     "Microsoft Partner Center contains an improper access control vulnerability that allows an attacker to escalate "
     "privileges.",
     MitigateCloud, "2025-03-18", false, "https://msrc.microsoft.com/update-guide/vulnerability/CVE-2024-49035",
     "CWE-269"},
    {"CVE-2024-20953", "Oracle", "Agile Product Lifecycle Management (PLM)",
     "Oracle Agile Product Lifecycle Management (PLM) Deserialization Vulnerability", "2025-02-24",
     "Oracle Agile Product Lifecycle Management (PLM) contains a deserialization vulnerability that allows a "
     "low-privileged attacker with network access via HTTP to compromise the system.",
     Mitigate, "2025-03-17", false, "https://www.oracle.com/security-alerts/cpujan2024.html", "CWE-502"},
    {"CVE-2017-3066", "Adobe", "ColdFusion", "Adobe ColdFusion Deserialization Vulnerability", "2025-02-24",
     "Adobe ColdFusion contains a deserialization vulnerability in the Apache BlazeDS library that allows for arbitrary "
     "code execution.",
     Mitigate, "2025-03-17", false, "https://helpx.adobe.com/security/products/coldfusion/apsb17-14.html", "CWE-502"},
    {"CVE-2025-0111", "Palo Alto Networks", "PAN-OS", "Palo Alto Networks PAN-OS File Read Vulnerability",
     "2025-02-20",
     "Palo Alto Networks PAN-OS contains an external control of file name or path vulnerability. Successful "
     "exploitation enables an authenticated attacker with network access to the management web interface to read files "
     "on the PAN-OS filesystem that are readable by the \u201cnobody\u201d user.",
     Mitigate, "2025-03-13", false, "https://security.paloaltonetworks.com/CVE-2025-0111", "CWE-73"},
    {"CVE-2025-23209", "Craft CMS", "Craft CMS", "Craft CMS Code Injection Vulnerability", "2025-02-20",
     "Craft CMS contains a code injection vulnerability caused by improper validation of the database backup path, "
     "ultimately enabling remote code execution.",
     Mitigate, "2025-03-13", false, "https://github.com/craftcms/cms/security/advisories/GHSA-x684-96hh-833x",
     "CWE-94"},
    {"CVE-2025-0108", "Palo Alto Networks", "PAN-OS", "Palo Alto Networks PAN-OS Authentication Bypass Vulnerability",
     "2025-02-18",
     "Palo Alto Networks PAN-OS contains an authentication bypass vulnerability in its management web interface. This "
     "vulnerability allows an unauthenticated attacker with network access to the management web interface to bypass "
     "the authentication normally required and invoke certain PHP scripts.",
     Mitigate, "2025-03-11", false, "https://security.paloaltonetworks.com/CVE-2025-0108", "CWE-306"},
    {"CVE-2024-53704", "SonicWall", "SonicOS", "SonicWall SonicOS SSLVPN Improper Authentication Vulnerability",
     "2025-02-18",
     "SonicWall SonicOS contains an improper authentication vulnerability in the SSLVPN authentication mechanism that "
     "allows a remote attacker to bypass authentication.",
     Mitigate, "2025-03-11", false, "https://psirt.global.sonicwall.com/vuln-detail/SNWLID-2025-0003", "CWE-287"},
    {"CVE-2024-57727", "SimpleHelp ", "SimpleHelp", "SimpleHelp Path Traversal Vulnerability", "2025-02-13",
     "SimpleHelp remote support software contains multiple path traversal vulnerabilities that allow unauthenticated "
     "remote attackers to download arbitrary files from the SimpleHelp host via crafted HTTP requests. These files may "
     "include server configuration files and hashed user passwords.",
     Mitigate, "2025-03-06", false, "https://simple-help.com/kb---security-vulnerabilities-01-2025", "CWE-22"},
    {"CVE-2025-24200", "Apple", "iOS and iPadOS", "Apple iOS and iPadOS Incorrect Authorization Vulnerability",
     "2025-02-12",
     "Apple iOS and iPadOS contains an incorrect authorization vulnerability that allows a physical attacker to disable "
     "USB Restricted Mode on a locked device.",
     Mitigate, "2025-03-05", false, "https://support.apple.com/en-us/122173", "CWE-863"},
    {"CVE-2024-40891", "Zyxel", "DSL CPE Devices", "Zyxel DSL CPE OS Command Injection Vulnerability", "2025-02-11",
     "Multiple Zyxel DSL CPE devices contain a post-authentication command injection vulnerability in the management "
     "commands that could allow an authenticated attacker to execute OS commands via Telnet.",
     EndOfLife, "2025-03-04", false,
     "https://www.zyxel.com/global/en/support/security-advisories/"
     "zyxel-security-advisory-for-command-injection-and-insecure-default-credentials-vulnerabilities-in-certain-legacy-"
     "dsl-cpe-02-04-2025",
     "CWE-78"},
    {"CVE-2025-21418", "Microsoft", "Windows",
     "Microsoft Windows Ancillary Function Driver for WinSock Heap-Based Buffer Overflow Vulnerability", "2025-02-11",
     "Microsoft Windows Ancillary Function Driver for WinSock contains a heap-based buffer overflow vulnerability that "
     "allows for privilege escalation, enabling a local attacker to gain SYSTEM privileges.",
     Mitigate, "2025-03-04", false, "https://msrc.microsoft.com/update-guide/vulnerability/CVE-2025-21418", "CWE-122"},
    {"CVE-2024-53104", "Linux", "Kernel", "Linux Kernel Out-of-Bounds Write Vulnerability", "2025-02-05",
     "Linux kernel contains an out-of-bounds write vulnerability in the uvc_parse_streaming component of the USB Video "
     "Class (UVC) driver that could allow for physical escalation of privilege.",
     Mitigate, "2025-02-26", false,
     "https://lore.kernel.org/linux-cve-announce/2024120232-CVE-2024-53104-d781@gregkh/", "CWE-787"},
    {"CVE-2024-45195", "Apache", "OFBiz", "Apache OFBiz Forced Browsing Vulnerability", "2025-02-04",
     "Apache OFBiz contains a forced browsing vulnerability that allows a remote attacker to obtain unauthorized "
     "access.",
     Mitigate, "2025-02-25", false, "https://ofbiz.apache.org/security.html", "CWE-425"},
    {"CVE-2020-11023", "JQuery", "JQuery", "JQuery Cross-Site Scripting (XSS) Vulnerability", "2025-01-23",
     "JQuery contains a persistent cross-site scripting (XSS) vulnerability. When passing maliciously formed, "
     "untrusted input enclosed in HTML tags, JQuery's DOM manipulators can execute untrusted code in the context of the "
     "user's browser.",
     Mitigate, "2025-02-13", false, "https://blog.jquery.com/2020/04/10/jquery-3-5-0-released/", "CWE-79"},
    {"CVE-2024-55591", "Fortinet", "FortiOS and FortiProxy",
     "Fortinet FortiOS and FortiProxy Authentication Bypass Vulnerability", "2025-01-14",
     "Fortinet FortiOS and FortiProxy contain an authentication bypass vulnerability that may allow an "
     "unauthenticated, remote attacker to gain super-admin privileges via crafted requests to Node.js websocket "
     "module.",
     Mitigate, "2025-01-21", false, "https://fortiguard.fortinet.com/psirt/FG-IR-24-535", "CWE-288"},
    {"CVE-2025-0282", "Ivanti", "Connect Secure, Policy Secure, and ZTA Gateways",
     "Ivanti Connect Secure, Policy Secure, and ZTA Gateways Stack-Based Buffer Overflow Vulnerability", "2025-01-08",
     "Ivanti Connect Secure, Policy Secure, and ZTA Gateways contain a stack-based buffer overflow which can lead to "
     "unauthenticated remote code execution.",
     "Apply mitigations as set forth in the CISA instructions linked below to include conducting hunt activities, "
     "taking remediation actions if applicable, and applying updates prior to returning a device to service.",
     "2025-01-15", false,
     "CISA Mitigation Instructions: https://www.cisa.gov/cisa-mitigation-instructions-CVE-2025-0282 Additional "
     "References: https://forums.ivanti.com/s/article/"
     "Security-Advisory-Ivanti-Connect-Secure-Policy-Secure-ZTA-Gateways-CVE-2025-0282-CVE-2025-0283",
     "CWE-121"},
    {"CVE-2023-33063", "Qualcomm", "Multiple Chipsets", "Qualcomm Multiple Chipsets Use-After-Free Vulnerability",
     "2023-12-05",
     "Multiple Qualcomm chipsets contain a use-after-free vulnerability due to memory corruption in DSP Services during "
     "a remote call from HLOS to DSP.",
     Remediate, "2023-12-26", false,
     "OS https://git.codelinaro.org/clo/la/kernel/msm-5.15/-/commit/2643808ddbedfaabbb334741873fb2857f78188a",
     "CWE-416"},
    {"CVE-2023-42917", "Apple", "Multiple Products", "Apple Multiple Products WebKit Memory Corruption Vulnerability",
     "2023-12-04",
     "Apple iOS, iPadOS, macOS, and Safari WebKit contain a memory corruption vulnerability that leads to code "
     "execution when processing maliciously crafted web content. This vulnerability could impact HTML parsers that use "
     "WebKit, including but not limited to Apple Safari and non-Apple products which rely on WebKit for HTML "
     "processing.",
     Remediate, "2023-12-25", false,
     "https://support.apple.com/en-us/HT214031, https://support.apple.com/en-us/HT214032, "
     "https://support.apple.com/en-us/HT214033",
     "CWE-787"},
    {"CVE-2023-6345", "Google", "Chromium Skia", "Google Skia Integer Overflow Vulnerability", "2023-11-30",
     "Google Chromium Skia contains an integer overflow vulnerability that allows a remote attacker, who has "
     "compromised the renderer process, to potentially perform a sandbox escape via a malicious file. This "
     "vulnerability affects Google Chrome and ChromeOS, Android, Flutter, and possibly other products.",
     Mitigate, "2023-12-21", false,
     "OS https://chromereleases.googleblog.com/2023/11/stable-channel-update-for-desktop_28.html", "CWE-190"},
    {"CVE-2023-49103", "ownCloud", "ownCloud graphapi", "ownCloud graphapi Information Disclosure Vulnerability",
     "2023-11-30",
     "ownCloud graphapi contains an information disclosure vulnerability that can reveal sensitive data stored in "
     "phpinfo() via GetPhpInfo.php, including administrative credentials.",
     Mitigate, "2023-12-21", false,
     "https://owncloud.com/security-advisories/"
     "disclosure-of-sensitive-credentials-and-configuration-in-containerized-deployments/",
     ""},
    {"CVE-2023-1671", "Sophos", "Web Appliance", "Sophos Web Appliance Command Injection Vulnerability", "2023-11-16",
     "Sophos Web Appliance contains a command injection vulnerability in the warn-proceed handler that allows for "
     "remote code execution.",
     Mitigate, "2023-12-07", false, "https://www.sophos.com/en-us/security-advisories/sophos-sa-20230404-swa-rce",
     "CWE-77"},
    {"CVE-2020-2551", "Oracle", "Fusion Middleware", "Oracle Fusion Middleware Unspecified Vulnerability", "2023-11-16",
     "Oracle Fusion Middleware contains an unspecified vulnerability in the WLS Core Components that allows an "
     "unauthenticated attacker with network access via IIOP to compromise the WebLogic Server.",
     Mitigate, "2023-12-07", false, "https://www.oracle.com/security-alerts/cpujan2020.html", ""},
    {"CVE-2023-36025", "Microsoft", "Windows", "Microsoft Windows SmartScreen Security Feature Bypass Vulnerability",
     "2023-11-14",
     "Microsoft Windows SmartScreen contains a security feature bypass vulnerability that could allow an attacker to "
     "bypass Windows Defender SmartScreen checks and their associated prompts.",
     Mitigate, "2023-12-05", false, "https://msrc.microsoft.com/update-guide/en-US/vulnerability/CVE-2023-36025", ""},
    {"CVE-2023-47246", "SysAid", "SysAid Server", "SysAid Server Path Traversal Vulnerability", "2023-11-13",
     "SysAid Server (on-premises version) contains a path traversal vulnerability that leads to code execution.",
     Mitigate, "2023-12-04", true,
     "https://www.sysaid.com/blog/service-desk/on-premise-software-security-vulnerability-notification", "CWE-22"},
    {"CVE-2023-36845", "Juniper", "Junos OS",
     "Juniper Junos OS EX Series and SRX Series PHP External Variable Modification Vulnerability", "2023-11-13",
     "Juniper Junos OS on EX Series and SRX Series contains a PHP external variable modification vulnerability that "
     "allows an unauthenticated, network-based attacker to control an important environment variable. Using a crafted "
     "request, which sets the variable PHPRC, an attacker is able to modify the PHP execution environment allowing the "
     "injection und execution of code.",
     Mitigate, "2023-11-17", false,
     "https://supportportal.juniper.net/s/article/"
     "2023-08-Out-of-Cycle-Security-Bulletin-Junos-OS-SRX-Series-and-EX-Series-Multiple-vulnerabilities-in-J-Web-can-"
     "be-combined-to-allow-a-preAuth-Remote-Code-Execution?language=en_US",
     "CWE-473"},
    {"CVE-2023-29552", "IETF", "Service Location Protocol (SLP)",
     "Service Location Protocol (SLP) Denial-of-Service Vulnerability", "2023-11-08",
     "The Service Location Protocol (SLP) contains a denial-of-service (DoS) vulnerability that could allow an "
     "unauthenticated, remote attacker to register services and use spoofed UDP traffic to conduct a "
     "denial-of-service (DoS) attack with a significant amplification factor.",
     "Apply mitigations per vendor instructions or disable SLP service or port 427/UDP on all systems running on "
     "untrusted networks, including those directly connected to the Internet.",
     "2023-11-29", false,
     "OS https://www.bitsight.com/blog/"
     "new-high-severity-vulnerability-cve-2023-29552-discovered-service-location-protocol-slp",
     ""},
    {"CVE-2023-22518", "Atlassian", "Confluence Data Center and Server",
     "Atlassian Confluence Data Center and Server Improper Authorization Vulnerability", "2023-11-07",
     "Atlassian Confluence Data Center and Server contain an improper authorization vulnerability that can result in "
     "significant data loss when exploited by an unauthenticated attacker. There is no impact on confidentiality since "
     "the attacker cannot exfiltrate any data.",
     Mitigate, "2023-11-28", true,
     "https://confluence.atlassian.com/security/"
     "cve-2023-22518-improper-authorization-vulnerability-in-confluence-data-center-and-server-1311473907.html",
     "CWE-863"},
    {"CVE-2023-46604", "Apache", "ActiveMQ", "Apache ActiveMQ Deserialization of Untrusted Data Vulnerability",
     "2023-11-02",
     "Apache ActiveMQ contains a deserialization of untrusted data vulnerability that may allow a remote attacker with "
     "network access to a broker to run shell commands by manipulating serialized class types in the OpenWire protocol "
     "to cause the broker to instantiate any class on the classpath.",
     Mitigate, "2023-11-23", true,
     "https://activemq.apache.org/security-advisories.data/CVE-2023-46604-announcement.txt", "CWE-502"},
    {"CVE-2023-46747", "F5", "BIG-IP Configuration Utility",
     "F5 BIG-IP Configuration Utility Authentication Bypass Vulnerability", "2023-10-31",
     "F5 BIG-IP Configuration utility contains an authentication bypass using an alternate path or channel "
     "vulnerability due to undisclosed requests that may allow an unauthenticated attacker with network access to the "
     "BIG-IP system through the management port and/or self IP addresses to execute system commands. This "
     "vulnerability can be used in conjunction with CVE-2023-46748.",
     Mitigate, "2023-11-21", true, "https://my.f5.com/manage/s/article/K000137353", "CWE-288"},
    {"CVE-2023-5631", "Roundcube", "Webmail", "Roundcube Webmail Persistent Cross-Site Scripting (XSS) Vulnerability",
     "2023-10-26",
     "Roundcube Webmail contains a persistent cross-site scripting (XSS) vulnerability that allows a remote attacker to "
     "run malicious JavaScript code.",
     Mitigate, "2023-11-16", false,
     "https://roundcube.net/news/2023/10/16/security-update-1.6.4-released, "
     "https://roundcube.net/news/2023/10/16/security-updates-1.5.5-and-1.4.15",
     "CWE-79"},
    {"CVE-2023-4966", "Citrix", "NetScaler ADC and NetScaler Gateway",
     "Citrix NetScaler ADC and NetScaler Gateway Buffer Overflow Vulnerability", "2023-10-18",
     "Citrix NetScaler ADC and NetScaler Gateway contain a buffer overflow vulnerability that allows for sensitive "
     "information disclosure when configured as a Gateway (VPN virtual server, ICA Proxy, CVPN, RDP Proxy) or AAA "
     "virtual server.",
     "Apply mitigations and kill all active and persistent sessions per vendor instructions "
     "[https://www.netscaler.com/blog/news/"
     "cve-2023-4966-critical-security-update-now-available-for-netscaler-adc-and-netscaler-gateway/] OR discontinue "
     "use of the product if mitigations are unavailable.",
     "2023-11-08", true,
     "https://support.citrix.com/article/CTX579459/"
     "netscaler-adc-and-netscaler-gateway-security-bulletin-for-cve20234966-and-cve20234967",
     "CWE-119"},
    {"CVE-2023-20198", "Cisco", "IOS XE Web UI", "Cisco IOS XE Web UI Privilege Escalation Vulnerability", "2023-10-16",
     "Cisco IOS XE Web UI contains a privilege escalation vulnerability in the web user interface that could allow a "
     "remote, unauthenticated attacker to create an account with privilege level 15 access. The attacker can then use "
     "that account to gain control of the affected device.",
     "Verify that instances of Cisco IOS XE Web UI are in compliance with BOD 23-02 and apply mitigations per vendor "
     "instructions. For affected products (Cisco IOS XE Web UI exposed to the internet or to untrusted networks), "
     "follow vendor instructions to determine if a system may have been compromised and immediately report positive "
     "findings to CISA.",
     "2023-10-20", false,
     "https://www.cisco.com/c/en/us/support/docs/ios-nx-os-software/ios-xe-dublin-17121/"
     "221128-software-fix-availability-for-cisco-ios.html",
     "CWE-420"},
    {"CVE-2023-21608", "Adobe", "Acrobat and Reader", "Adobe Acrobat and Reader Use-After-Free Vulnerability",
     "2023-10-10",
     "Adobe Acrobat and Reader contains a use-after-free vulnerability that allows for code execution in the context of "
     "the current user.",
     Mitigate, "2023-10-31", false, "https://helpx.adobe.com/security/products/acrobat/apsb23-01.html", "CWE-416"},
    {"CVE-2023-22515", "Atlassian", "Confluence Data Center and Server",
     "Atlassian Confluence Data Center and Server Broken Access Control Vulnerability", "2023-10-05",
     "Atlassian Confluence Data Center and Server contains a broken access control vulnerability that allows an "
     "attacker to create unauthorized Confluence administrator accounts and access Confluence.",
     "Apply mitigations per vendor instructions or discontinue use of the product if mitigations are unavailable. "
     "Check all affected Confluence instances for evidence of compromise per vendor instructions and report any "
     "positive findings to CISA.",
     "2023-10-13", true,
     "https://confluence.atlassian.com/security/"
     "cve-2023-22515-privilege-escalation-vulnerability-in-confluence-data-center-and-server-1295682276.html",
     ""},
    {"CVE-2023-20269", "Cisco", "Adaptive Security Appliance and Firepower Threat Defense",
     "Cisco Adaptive Security Appliance and Firepower Threat Defense Unauthorized Access Vulnerability", "2023-09-13",
     "Cisco Adaptive Security Appliance and Firepower Threat Defense contain an unauthorized access vulnerability that "
     "could allow an unauthenticated, remote attacker to conduct a brute force attack in an attempt to identify valid "
     "username and password combinations or establish a clientless SSL VPN session with an unauthorized user.",
     "Apply mitigations per vendor instructions for group-lock and vpn-simultaneous-logins or discontinue use of the "
     "product for unsupported devices.",
     "2023-10-04", true,
     "https://sec.cloudapps.cisco.com/security/center/content/CiscoSecurityAdvisory/cisco-sa-asaftd-ravpn-auth-8LyfCkeC",
     "CWE-288"},
    {"CVE-2023-38831", "RARLAB", "WinRAR", "RARLAB WinRAR Code Execution Vulnerability", "2023-08-24",
     "RARLAB WinRAR contains an unspecified vulnerability that allows an attacker to execute code when a user attempts "
     "to view a benign file within a ZIP archive.",
     Mitigate, "2023-09-14", true,
     "http://www.win-rar.com/singlenewsview.html?&L=0&tx_ttnews%5Btt_news%5D=232&cHash=c5bf79590657e32554c6683296a8e8aa",
     "CWE-351"},
    {"CVE-2023-27532", "Veeam", "Backup & Replication",
     "Veeam Backup & Replication Cloud Connect Missing Authentication for Critical Function Vulnerability",
     "2023-08-22",
     "Veeam Backup & Replication Cloud Connect component contains a missing authentication for critical function "
     "vulnerability that allows an unauthenticated user operating within the backup infrastructure network perimeter "
     "to obtain encrypted credentials stored in the configuration database. This may lead to an attacker gaining "
     "access to the backup infrastructure hosts.",
     Mitigate, "2023-09-12", true, "https://www.veeam.com/kb4424", "CWE-306"},
    {"CVE-2023-3519", "Citrix", "NetScaler ADC and NetScaler Gateway",
     "Citrix NetScaler ADC and NetScaler Gateway Code Injection Vulnerability", "2023-07-19",
     "Citrix NetScaler ADC and NetScaler Gateway contains a code injection vulnerability that allows for "
     "unauthenticated remote code execution.",
     Mitigate, "2023-08-09", true,
     "https://support.citrix.com/article/CTX561482/"
     "citrix-adc-and-citrix-gateway-security-bulletin-for-cve20233519-cve20233466-cve20233467",
     "CWE-94"},
    {"CVE-2023-27350", "PaperCut", "MF/NG", "PaperCut MF/NG Improper Access Control Vulnerability", "2023-04-21",
     "PaperCut MF/NG contains an improper access control vulnerability within the SetupCompleted class that allows "
     "authentication bypass and code execution in the context of system.",
     Update, "2023-05-12", true, "https://www.papercut.com/kb/Main/PO-1216-and-PO-1219", "CWE-284"},
    {"CVE-2023-28432", "MinIO", "MinIO", "MinIO Information Disclosure Vulnerability", "2023-04-21",
     "MinIO contains a vulnerability in a cluster deployment where MinIO returns all environment variables, which "
     "allows for information disclosure.",
     Update, "2023-05-12", false, "https://github.com/minio/minio/security/advisories/GHSA-6xvq-wj2x-3h3q", "CWE-200"},
    {"CVE-2021-3129", "Laravel", "Ignition", "Laravel Ignition File Upload Vulnerability", "2023-09-18",
     "Laravel Ignition contains a file upload vulnerability that allows unauthenticated remote attackers to execute "
     "malicious code due to insecure usage of file_get_contents() and file_put_contents().",
     Mitigate, "2023-10-09", true, "https://github.com/facade/ignition/releases/tag/2.5.2", ""},
    {"CVE-2021-3156", "Sudo", "Sudo", "Sudo Heap-Based Buffer Overflow Vulnerability", "2022-04-06",
     "Sudo contains an off-by-one error that can result in a heap-based buffer overflow, which allows for privilege "
     "escalation.",
     Update, "2022-04-27", false, "", "CWE-122 CWE-193"},
    {"CVE-2022-0543", "Redis", "Debian-specific Redis Servers",
     "Debian-specific Redis Server Lua Sandbox Escape Vulnerability", "2022-03-28",
     "Redis is prone to a (Debian-specific) Lua sandbox escape, which could result in remote code execution.", Update,
     "2022-04-18", false, "", "CWE-862"},
    {"CVE-2018-1273", "VMware Tanzu", "Spring Data Commons",
     "VMware Tanzu Spring Data Commons Property Binder Vulnerability", "2022-03-25",
     "Spring Data Commons contains a property binder vulnerability which can allow an attacker to perform remote code "
     "execution.",
     Update, "2022-04-15", true, "", "CWE-94"},
    {"CVE-2021-21315", "Npm package", "System Information Library for Node.JS",
     "System Information Library for Node.JS Command Injection", "2022-01-18",
     "In this vulnerability, an attacker can send a malicious payload that will exploit the name parameter. After "
     "successful exploitation, attackers can execute remote.",
     Update, "2022-02-01", false, "", "CWE-78"},
    {"CVE-2019-10758", "MongoDB", "mongo-express", "MongoDB mongo-express Remote Code Execution Vulnerability",
     "2021-12-10", "mongo-express before 0.54.0 is vulnerable to Remote Code Execution via endpoints that uses the "
                   "`toBSON` method.",
     Update, "2022-06-10", false, "", ""},
    {"CVE-2019-0193", "Apache", "Solr", "Apache Solr DataImportHandler Code Injection Vulnerability", "2021-12-10",
     "The optional Apache Solr module DataImportHandler contains a code injection vulnerability.", Update, "2022-06-10",
     false, "", "CWE-94"},
    {"CVE-2017-12149", "Red Hat", "JBoss Application Server",
     "Red Hat JBoss Application Server Remote Code Execution Vulnerability", "2021-12-10",
     "The JBoss Application Server, shipped with Red Hat Enterprise Application Platform 5.2, allows an attacker to "
     "execute arbitrary code via crafted serialized data.",
     Update, "2022-06-10", true, "", "CWE-502"},
    {"CVE-2021-41773", "Apache", "HTTP Server", "Apache HTTP Server Path Traversal Vulnerability", "2021-11-03",
     "Apache HTTP Server contains a path traversal vulnerability that allows an attacker to perform remote code "
     "execution if files outside directories configured by Alias-like directives are not under default require all "
     "denied or if CGI scripts are enabled. The original patch issued under this CVE ID is insufficient, please review "
     "remediation information under CVE-2021-42013.",
     Update, "2021-11-17", true, "", "CWE-22"},
    {"CVE-2021-42013", "Apache", "HTTP Server", "Apache HTTP Server Path Traversal Vulnerability", "2021-11-03",
     "Apache HTTP Server contains a path traversal vulnerability that allows an attacker to perform remote code "
     "execution if files outside directories configured by Alias-like directives are not under default require all "
     "denied or if CGI scripts are enabled. This CVE ID resolves an incomplete patch for CVE-2021-41773.",
     Update, "2021-11-17", true, "", "CWE-22"},
    {"CVE-2017-5638", "Apache", "Struts", "Apache Struts Remote Code Execution Vulnerability", "2021-11-03",
     "Apache Struts Jakarta Multipart parser allows for malicious file upload using the Content-Type value, leading to "
     "remote code execution.",
     Update, "2022-05-03", true, "", "CWE-20"},
    {"CVE-2020-17530", "Apache", "Struts", "Apache Struts Remote Code Execution Vulnerability", "2021-11-03",
     "Forced Object-Graph Navigation Language (OGNL) evaluation in Apache Struts, when evaluated on raw user input in "
     "tag attributes, can lead to remote code execution.",
     Update, "2022-05-03", false, "", "CWE-917"},
    {"CVE-2016-4437", "Apache", "Shiro", "Apache Shiro Code Execution Vulnerability", "2021-11-03",
     "Apache Shiro contains a vulnerability which may allow remote attackers to execute code or bypass intended access "
     "restrictions via an unspecified request parameter when a cipher key has not been configured for the \"remember "
     "me\" feature.",
     Update, "2022-05-03", false, "", "CWE-284"},
    {"CVE-2021-40438", "Apache", "Apache", "Apache HTTP Server-Side Request Forgery (SSRF)", "2021-12-01",
     "A crafted request uri-path can cause mod_proxy to forward the request to an origin server choosen by the remote "
     "user. This issue affects Apache HTTP Server 2.4.48 and earlier.",
     Update, "2021-12-15", false, "", "CWE-918"},
    {"CVE-2021-22204", "Perl", "Exiftool", "ExifTool Remote Code Execution Vulnerability", "2021-11-17",
     "Improper neutralization of user data in the DjVu file format in Exiftool versions 7.44 and up allows arbitrary "
     "code execution when parsing the malicious image",
     Update, "2021-12-01", false, "", "CWE-95"},
};

// EPSS scores of the demo's CVEs. Illustrative: close to what FIRST published
// for them in 2025 (the scores move daily), not a given day's values.
const std::pair<const char*, double> DemoScores[] = {
    {"CVE-2021-44228", 0.94358}, {"CVE-2021-45046", 0.94153}, {"CVE-2022-22965", 0.94400}, {"CVE-2020-36518", 0.00311},
    {"CVE-2022-37434", 0.00687}, {"CVE-2023-38545", 0.26211}, {"CVE-2023-4911", 0.73312},  {"CVE-2023-4863", 0.63519},
    {"CVE-2022-40674", 0.00712}, {"CVE-2023-5363", 0.00239},  {"CVE-2023-44487", 0.81736}, {"CVE-2022-41723", 0.00262},
    {"CVE-2022-32149", 0.00232}, {"CVE-2021-23337", 0.01251}, {"CVE-2021-44906", 0.00652}, {"CVE-2022-25883", 0.00209},
    {"CVE-2023-26136", 0.00193}, {"CVE-2023-32681", 0.00155}, {"CVE-2023-43804", 0.00157}, {"CVE-2022-42969", 0.00318},
    {"CVE-2023-2650", 0.00417},  {"CVE-2023-28484", 0.00091}, {"CVE-2022-48303", 0.00046}, {"CVE-2023-37920", 0.00119},
    {"CVE-2023-39325", 0.01087}, {"CVE-2024-35195", 0.00054}, {"CVE-2024-3651", 0.00071},
};

constexpr int BackgroundScores = 3000;

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string writeKev(const std::string& dir)
{
    std::vector<const Kev*> rows;
    for (const Kev& k : KevEntries)
        rows.push_back(&k);
    // CISA lists the newest additions first.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Kev* a, const Kev* b) { return std::string_view(a->added) > std::string_view(b->added); });
    json vulns = json::array();
    for (const Kev* k : rows) {
        std::string notes = k->advisory;
        if (notes.rfind("OS ", 0) == 0)
            notes = OpenSource + notes.substr(3);
        notes += (notes.empty() ? "" : " ; ") + std::string("https://nvd.nist.gov/vuln/detail/") + k->cve;
        json cwes = json::array();
        std::string_view list = k->cwes;
        while (!list.empty()) {
            const std::size_t sp = list.find(' ');
            cwes.push_back(std::string(list.substr(0, sp)));
            list = sp == std::string_view::npos ? std::string_view() : list.substr(sp + 1);
        }
        vulns.push_back({{"cveID", k->cve},
                         {"vendorProject", k->vendor},
                         {"product", k->product},
                         {"vulnerabilityName", k->name},
                         {"dateAdded", k->added},
                         {"shortDescription", k->description},
                         {"requiredAction", k->action},
                         {"dueDate", k->due},
                         {"knownRansomwareCampaignUse", k->ransomware ? "Known" : "Unknown"},
                         {"notes", notes},
                         {"cwes", cwes}});
    }
    // A subset of the catalog of that day, so the count is ours.
    const json doc = {{"title", "CISA Catalog of Known Exploited Vulnerabilities"},
                      {"catalogVersion", "2025.02.25"},
                      {"dateReleased", "2025-02-25T20:33:53.3676Z"},
                      {"count", vulns.size()},
                      {"vulnerabilities", vulns}};
    const std::string path = dir + "/known_exploited_vulnerabilities.json";
    writeText(path, doc.dump(4) + '\n');
    return path;
}

std::string writeEpss(const std::string& dir)
{
    std::map<std::string, double> scores;
    std::mt19937 rng(20250315); // fixed: the demo is the same on every machine
    // Most CVEs are very unlikely to be exploited; a few are almost certain.
    std::lognormal_distribution<double> background(-6.3, 1.6);
    for (int i = 0; i < BackgroundScores; ++i) {
        const int year = 2015 + int(rng() % 11);
        const int number = 1000 + int(rng() % 52000);
        scores["CVE-" + std::to_string(year) + '-' + std::to_string(number)] =
            std::min(0.97, std::max(0.00004, background(rng)));
    }
    for (const Kev& k : KevEntries)
        scores[k.cve] = 0.60 + double(rng() % 3700) / 10000.0; // exploited: high
    for (const auto& [cve, score] : DemoScores)
        scores[cve] = score;
    // The percentile of a score is the share of scored CVEs below it.
    std::vector<double> sorted;
    for (const auto& [cve, score] : scores)
        sorted.push_back(std::round(score * 100000) / 100000);
    std::sort(sorted.begin(), sorted.end());
    std::string csv = "#model_version:v2025.03.14,score_date:2025-03-15T00:00:00+0000\ncve,epss,percentile\n";
    char line[96];
    for (const auto& [cve, raw] : scores) {
        const double score = std::round(raw * 100000) / 100000;
        const auto below = std::lower_bound(sorted.begin(), sorted.end(), score) - sorted.begin();
        std::snprintf(line, sizeof line, "%s,%.5f,%.5f\n", cve.c_str(), score, double(below) / double(sorted.size()));
        csv += line;
    }
    const std::string path = dir + "/epss_scores.csv";
    writeText(path, csv);
    return path;
}

struct ServiceStory
{
    const char* name;
    const char* release;  // the version the demo scan found deployed
    const char* team;     // who commits
    const char* commits[4];
};

// What each demo service changed lately; the last deploy ships the version
// the demo scans see, and the commits are the dependency bumps behind the
// findings they report.
const ServiceStory Stories[] = {
    {"payments-api", "1.42.0", "dana.reyes",
     {"Bump log4j-core to 2.14.1 for async appenders", "Add Spring data binding for refund requests",
      "Upgrade jackson-databind to 2.12.3", "Enable JNDI lookups in the audit log layout"}},
    {"checkout-web", "3.8.1", "mia.chen",
     {"Pin minimist 1.2.5 in the build toolchain", "Template the receipt e-mail with lodash.template",
      "Add tough-cookie 4.0.0 for the session jar", "Move semver checks into the client bundle"}},
    {"orders-service", "2.3.0", "omar.haddad",
     {"Vendor golang.org/x/net 0.7.0 for HTTP/2 streaming", "Accept-Language negotiation via x/text",
      "Switch the base image to alpine 3.18.4", "Expose the gRPC gateway on the public ingress"}},
    {"identity-service", "5.0.4", "lena.vogel",
     {"Log the login subject with log4j lookups", "Update spring-beans to 5.3.17",
      "Add WebP avatars (libwebp 1.2.4)", "Rotate the signing keys"}},
    {"reporting-legacy", "0.9.12", "raj.patel",
     {"Freeze requirements for the Q4 close", "Pin urllib3 1.26.12 for the PDF exporter",
      "Read report templates with py 1.11", "Disable TLS verification for the old warehouse"}},
    {"data-pipeline", "2024.11", "sofia.rossi",
     {"Upgrade requests to 2.28.1", "Add the certifi bundle to the image", "Batch loads through idna-encoded hosts",
      "Schedule the nightly export at 02:00 UTC"}},
};

std::string writeChanges(const std::string& dir, const QDateTime& now)
{
    std::mt19937 rng(20261101);
    std::vector<json> entries;
    auto at = [&](double daysAgo) {
        return now.addSecs(-qint64(daysAgo * 86400)).toString(Qt::ISODate).toStdString();
    };
    for (const ServiceStory& s : Stories) {
        // Weekly releases over six weeks, the last one shortly before the scan.
        const std::string version = s.release;
        for (int week = 5; week >= 0; --week) {
            const double daysAgo = 2.0 + week * 7 + double(rng() % 48) / 24.0;
            const std::string ref = week == 0 ? "v" + version : "v" + version + "-rc." + std::to_string(6 - week);
            entries.push_back({{"time", at(daysAgo)},
                               {"service", s.name},
                               {"kind", "deploy"},
                               {"reference", ref},
                               {"author", "deploy-bot"},
                               {"summary", week == 0 ? "Release " + version + " to production"
                                                     : "Release candidate " + ref.substr(1) + " to staging"}});
        }
        for (int i = 0; i < 4; ++i) {
            char sha[16];
            std::snprintf(sha, sizeof sha, "%07x", unsigned(rng() & 0xfffffff));
            entries.push_back({{"time", at(3.0 + i * 5.5 + double(rng() % 30) / 10.0)},
                               {"service", s.name},
                               {"kind", i == 3 ? "config" : "commit"},
                               {"reference", i == 3 ? std::string("config/") + s.name + ".yaml" : std::string(sha)},
                               {"author", std::string(s.team) + "@demo.example"},
                               {"summary", s.commits[i]}});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const json& a, const json& b) {
        return a["time"].get<std::string>() < b["time"].get<std::string>();
    });
    std::string text;
    for (const json& e : entries)
        text += e.dump() + '\n';
    const std::string path = dir + "/changes.jsonl";
    writeText(path, text);
    return path;
}

} // namespace

std::vector<std::string> writeDemoIntel(const std::string& dir, const std::string& now)
{
    QDateTime when = now.empty() ? QDateTime::currentDateTimeUtc()
                                 : QDateTime::fromString(QString::fromStdString(now), Qt::ISODateWithMs).toUTC();
    if (!when.isValid())
        throw std::runtime_error("not an ISO 8601 time: " + now);
    return {writeKev(dir), writeEpss(dir), writeChanges(dir, when)};
}

} // namespace closeloop
