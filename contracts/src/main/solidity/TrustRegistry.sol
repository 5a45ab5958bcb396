// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title TrustRegistry
/// @notice Which DID may sign which credential type, accredited by whom, for which validity
/// period; suspensions, reinstatements and revocations with reasons. Nothing is overwritten:
/// accreditations and status changes are appended, so `wasTrusted` answers for any past time.
/// @dev A DID is trusted for a type at time t when some accreditation's [validFrom, validUntil)
/// contains t and the status in force at t is Active. The status in force at t is the last
/// status change recorded at or before t (Active when there is none). Status changes take
/// effect at the block time of the transaction that records them.
contract TrustRegistry is AccessControl {
    bytes32 public constant TRUST_AUTHORITY_ROLE = keccak256("TRUST_AUTHORITY_ROLE");
    uint64 public constant OPEN_ENDED = type(uint64).max;

    enum Status {
        Active,
        Suspended,
        Revoked
    }

    struct Accreditation {
        uint64 validFrom;
        uint64 validUntil;
        uint64 recordedAt;
        address accreditor;
    }

    struct StatusChange {
        uint64 changedAt;
        Status status;
        address by;
        string reason;
    }

    mapping(bytes32 key => Accreditation[]) private accreditations;
    mapping(bytes32 key => StatusChange[]) private statusChanges;

    event Accredited(
        bytes32 indexed didHash,
        bytes32 indexed credentialType,
        address indexed accreditor,
        string did,
        uint64 validFrom,
        uint64 validUntil
    );
    event StatusChanged(
        bytes32 indexed didHash,
        bytes32 indexed credentialType,
        address indexed by,
        string did,
        Status status,
        string reason,
        uint64 changedAt
    );

    error EmptyDid();
    error ZeroCredentialType();
    error InvalidValidity(uint64 validFrom, uint64 validUntil);
    error NotAccredited(bytes32 didHash, bytes32 credentialType);
    error AccreditationSuspended(bytes32 didHash, bytes32 credentialType);
    error AlreadySuspended(bytes32 didHash, bytes32 credentialType);
    error NotSuspended(bytes32 didHash, bytes32 credentialType);
    error AlreadyRevoked(bytes32 didHash, bytes32 credentialType);
    error EmptyReason();

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(TRUST_AUTHORITY_ROLE, admin);
    }

    /// @notice Accredits `did` for `credentialType` over [validFrom, validUntil). Renewals append
    /// a new accreditation; after a revocation this re-accredits from now on.
    function accredit(string calldata did, bytes32 credentialType, uint64 validFrom, uint64 validUntil)
        external
        onlyRole(TRUST_AUTHORITY_ROLE)
    {
        bytes32 key = _key(did, credentialType);
        if (validUntil <= validFrom) revert InvalidValidity(validFrom, validUntil);
        Status current = _currentStatus(key);
        if (current == Status.Suspended) revert AccreditationSuspended(keccak256(bytes(did)), credentialType);
        uint64 nowTs = uint64(block.timestamp);
        accreditations[key].push(Accreditation(validFrom, validUntil, nowTs, msg.sender));
        emit Accredited(keccak256(bytes(did)), credentialType, msg.sender, did, validFrom, validUntil);
        if (current == Status.Revoked) _record(key, did, credentialType, Status.Active, "re-accredited");
    }

    function suspend(string calldata did, bytes32 credentialType, string calldata reason)
        external
        onlyRole(TRUST_AUTHORITY_ROLE)
    {
        bytes32 key = _requireAccredited(did, credentialType, reason);
        Status current = _currentStatus(key);
        if (current == Status.Suspended) revert AlreadySuspended(keccak256(bytes(did)), credentialType);
        if (current == Status.Revoked) revert AlreadyRevoked(keccak256(bytes(did)), credentialType);
        _record(key, did, credentialType, Status.Suspended, reason);
    }

    function reinstate(string calldata did, bytes32 credentialType, string calldata reason)
        external
        onlyRole(TRUST_AUTHORITY_ROLE)
    {
        bytes32 key = _requireAccredited(did, credentialType, reason);
        if (_currentStatus(key) != Status.Suspended) revert NotSuspended(keccak256(bytes(did)), credentialType);
        _record(key, did, credentialType, Status.Active, reason);
    }

    function revoke(string calldata did, bytes32 credentialType, string calldata reason)
        external
        onlyRole(TRUST_AUTHORITY_ROLE)
    {
        bytes32 key = _requireAccredited(did, credentialType, reason);
        if (_currentStatus(key) == Status.Revoked) revert AlreadyRevoked(keccak256(bytes(did)), credentialType);
        _record(key, did, credentialType, Status.Revoked, reason);
    }

    /// @notice Whether `did` was trusted for `credentialType` at `timestamp` (seconds).
    function wasTrusted(string calldata did, bytes32 credentialType, uint64 timestamp) public view returns (bool) {
        bytes32 key = _key(did, credentialType);
        if (_statusAt(key, timestamp) != Status.Active) return false;
        Accreditation[] storage list = accreditations[key];
        for (uint256 i = 0; i < list.length; i++) {
            if (list[i].validFrom <= timestamp && timestamp < list[i].validUntil) return true;
        }
        return false;
    }

    function isTrusted(string calldata did, bytes32 credentialType) external view returns (bool) {
        return wasTrusted(did, credentialType, uint64(block.timestamp));
    }

    function currentStatus(string calldata did, bytes32 credentialType) external view returns (Status) {
        return _currentStatus(_key(did, credentialType));
    }

    function accreditationCount(string calldata did, bytes32 credentialType) external view returns (uint256) {
        return accreditations[_key(did, credentialType)].length;
    }

    function accreditationAt(string calldata did, bytes32 credentialType, uint256 index)
        external
        view
        returns (Accreditation memory)
    {
        return accreditations[_key(did, credentialType)][index];
    }

    function statusChangeCount(string calldata did, bytes32 credentialType) external view returns (uint256) {
        return statusChanges[_key(did, credentialType)].length;
    }

    function statusChangeAt(string calldata did, bytes32 credentialType, uint256 index)
        external
        view
        returns (uint64 changedAt, Status status, address by, string memory reason)
    {
        StatusChange storage change = statusChanges[_key(did, credentialType)][index];
        return (change.changedAt, change.status, change.by, change.reason);
    }

    function _key(string calldata did, bytes32 credentialType) private pure returns (bytes32) {
        if (bytes(did).length == 0) revert EmptyDid();
        if (credentialType == bytes32(0)) revert ZeroCredentialType();
        return keccak256(abi.encode(keccak256(bytes(did)), credentialType));
    }

    function _requireAccredited(string calldata did, bytes32 credentialType, string calldata reason)
        private
        view
        returns (bytes32 key)
    {
        key = _key(did, credentialType);
        if (bytes(reason).length == 0) revert EmptyReason();
        if (accreditations[key].length == 0) revert NotAccredited(keccak256(bytes(did)), credentialType);
    }

    function _currentStatus(bytes32 key) private view returns (Status) {
        StatusChange[] storage list = statusChanges[key];
        return list.length == 0 ? Status.Active : list[list.length - 1].status;
    }

    function _statusAt(bytes32 key, uint64 timestamp) private view returns (Status) {
        StatusChange[] storage list = statusChanges[key];
        for (uint256 i = list.length; i > 0; i--) {
            if (list[i - 1].changedAt <= timestamp) return list[i - 1].status;
        }
        return Status.Active;
    }

    function _record(bytes32 key, string calldata did, bytes32 credentialType, Status status, string memory reason)
        private
    {
        uint64 nowTs = uint64(block.timestamp);
        statusChanges[key].push(StatusChange(nowTs, status, msg.sender, reason));
        emit StatusChanged(keccak256(bytes(did)), credentialType, msg.sender, did, status, reason, nowTs);
    }
}
