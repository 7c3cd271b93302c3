import { describe, expect, it } from 'vitest';
import { matchColumns } from './column-match';

/** The header row of New York City's 311 export, as the city publishes it. */
const NYC_HEADERS =
  'Unique Key,Created Date,Closed Date,Agency,Agency Name,Complaint Type,Descriptor,Location Type,Incident Zip,Incident Address,Street Name,Cross Street 1,Cross Street 2,Intersection Street 1,Intersection Street 2,Address Type,City,Landmark,Facility Type,Status,Due Date,Resolution Description,Resolution Action Updated Date,Community Board,BBL,Borough,X Coordinate (State Plane),Y Coordinate (State Plane),Open Data Channel Type,Park Facility Name,Park Borough,Vehicle Type,Taxi Company Borough,Taxi Pick Up Location,Bridge Highway Name,Bridge Highway Direction,Road Ramp,Bridge Highway Segment,Latitude,Longitude,Location'.split(
    ',',
  );

const columnsOf = (headers: string[]) => {
  const match = matchColumns(headers);
  return Object.fromEntries(
    Object.entries(match)
      .filter(([, m]) => m.column !== null)
      .map(([field, m]) => [field, headers[m.column!]]),
  );
};

describe('matchColumns', () => {
  it('matches the Open311 names, whatever their case and spacing', () => {
    expect(
      columnsOf(['service_request_id', 'SERVICE_CODE', 'Service Name', 'status', 'lat', 'long', 'requested-datetime']),
    ).toEqual({
      service_request_id: 'service_request_id',
      service_code: 'SERVICE_CODE',
      service_name: 'Service Name',
      status: 'status',
      lat: 'lat',
      long: 'long',
      requested_datetime: 'requested-datetime',
    });
  });

  it("matches New York City's 311 export", () => {
    expect(columnsOf(NYC_HEADERS)).toEqual({
      service_request_id: 'Unique Key',
      service_name: 'Complaint Type',
      status: 'Status',
      lat: 'Latitude',
      long: 'Longitude',
      requested_datetime: 'Created Date',
      updated_datetime: 'Resolution Action Updated Date',
      closed_datetime: 'Closed Date',
      expected_datetime: 'Due Date',
      // `Agency` (DOF, NYPD) beats `Agency Name`, a weaker name for the same field.
      agency_responsible: 'Agency',
      channel: 'Open Data Channel Type',
      district_id: 'Borough',
      description: 'Descriptor',
      address: 'Incident Address',
    });
  });

  it('matches the Persian headers of a 137 export, in either letter form and with or without ZWNJ', () => {
    const headers = [
      'شماره',
      'تاريخ ثبت',
      'موضوع',
      'وضعیت',
      'عرض جغرافیایی',
      'طول جغرافیایی',
      'منطقه',
      'نشانی',
      'تاریخ\u200cبسته شدن',
    ];
    expect(columnsOf(headers)).toEqual({
      service_request_id: 'شماره',
      requested_datetime: 'تاريخ ثبت',
      service_name: 'موضوع',
      status: 'وضعیت',
      lat: 'عرض جغرافیایی',
      long: 'طول جغرافیایی',
      district_id: 'منطقه',
      address: 'نشانی',
      closed_datetime: 'تاریخ\u200cبسته شدن',
    });
  });

  it('leaves a field with two equally good columns to the user, naming both', () => {
    const match = matchColumns(['id', 'Created Date', 'Date Created', 'Latitude', 'Longitude']);
    expect(match.requested_datetime).toEqual({ column: null, candidates: [1, 2] });
    expect(match.service_request_id).toEqual({ column: 0, candidates: [] });
  });

  it('does not place a column it does not know', () => {
    const match = matchColumns(['Kategorie', 'Breite', 'Länge']);
    for (const m of Object.values(match)) expect(m).toEqual({ column: null, candidates: [] });
  });

  it('takes a generic name only when nothing better names the field', () => {
    expect(columnsOf(['Date', 'Created Date']).requested_datetime).toBe('Created Date');
    expect(columnsOf(['Date']).requested_datetime).toBe('Date');
  });
});
