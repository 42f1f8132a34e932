#pragma once

// Ticket payloads for client tests and the benchmark: complete, valid §5.1 objects written by
// hand (as the sync engine does), about 1 KB each.
#include "tixngo/apitypes.h"

#include <QByteArray>
#include <QString>

inline QByteArray testTicketPayload(const QString &ticketId, const QString &eventId = QStringLiteral("E-1"))
{
    QByteArray p;
    p.reserve(1100);
    p += R"({"ticketId":")" + ticketId.toUtf8() + R"(","taxNumber":"N)" + ticketId.toUtf8()
        + R"(","fileId":"F-100200","event":{"id":")" + eventId.toUtf8()
        + R"(","name":"FC Basel - BSC Young Boys","startTime":"2027-03-14T16:30:00+01:00",)"
          R"("expirationDate":"2027-03-15T16:30:00+01:00","website":"https://www.fcb.ch",)"
          R"("group":{"name":"Super League 2026/27"},"address":{"site":"St. Jakob-Park","city":"Basel",)"
          R"("line1":"St. Jakobs-Strasse 395","countryCode":"CH","region":"BS","zip":"4052"}},)"
          R"("purchaseDetails":{"price":45.5,"currency":"CHF","category":"Category 2"},)"
          R"("security":{"barcode":"BC)"
        + ticketId.toUtf8()
        + R"("},"spectatorDetails":{"gender":"F","firstName":"Anna","lastName":"Muster",)"
          R"("email":"anna.muster@example.ch","mainApplicant":true},)"
          R"("activationParameters":{"groupId":"G1","method":"online","time":"2027-03-14T14:30:00+01:00"},)"
          R"("ticketDetails":{"main":[{"key":"Gate","value":"A"},{"key":"Block","value":"B12"},)"
          R"({"key":"Row","value":"7"},{"key":"Seat","value":"21"}],"extra":[],"hidden":[]}})";
    return p;
}

inline tixsync::tixngo::InjectBatch testBatch(
    int count, int firstNumber = 1, const QString &prefix = QStringLiteral("T-"))
{
    tixsync::tixngo::InjectBatch b;
    b.ticketIds.reserve(count);
    b.payloads.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString id = prefix + QString::number(firstNumber + i);
        b.append(id, testTicketPayload(id));
    }
    return b;
}
